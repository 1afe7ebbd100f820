package dev.switchboard.client.rocketchat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Thrown by {@link RocketChatLivechat} when the server answers with a status outside 2xx. It carries the
 * Rocket.Chat failure envelope ({@code {"success":false,"error":…,"errorType":…}}) when the body has one.
 */
public class RocketChatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String errorType;
    private final transient JsonNode body;

    /**
     * @param status   the HTTP status code
     * @param body     the parsed body, or {@code null} when the body is not JSON
     * @param bodyText the raw body text, used in the message when the body has no {@code error}
     */
    public RocketChatException(int status, JsonNode body, String bodyText) {
        super(message(status, text(body, "error"), bodyText));
        this.status = status;
        this.body = body;
        this.error = text(body, "error");
        this.errorType = text(body, "errorType");
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The body's {@code error} string, or {@code null}. */
    public String error() {
        return error;
    }

    /** The body's {@code errorType} string, or {@code null}. */
    public String errorType() {
        return errorType;
    }

    /** The parsed body, or {@code null} when the body was not JSON. */
    public JsonNode body() {
        return body;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String message(int status, String error, String bodyText) {
        if (error != null) {
            return "HTTP " + status + ": " + error;
        }
        String shown = bodyText == null || bodyText.isBlank() ? "(no error in body)" : bodyText.strip();
        return "HTTP " + status + ": " + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
    }
}
