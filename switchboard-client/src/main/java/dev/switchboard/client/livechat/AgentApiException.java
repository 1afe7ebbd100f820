package dev.switchboard.client.livechat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A non-200 answer of the Agent Chat API: its status and the {@code error.type} / {@code error.message}
 * of LiveChat's envelope (null when the body was not that envelope, as the Go SDK's {@code ErrAPI}).
 */
public final class AgentApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final JsonNode body;

    AgentApiException(int status, JsonNode body, String raw) {
        super("API error " + status + ": " + raw);
        this.status = status;
        this.body = body;
        JsonNode error = body == null ? null : body.get("error");
        this.type = error != null && error.path("type").isTextual() ? error.get("type").asText() : null;
    }

    public int status() { return status; }

    /** {@code error.type}, e.g. {@code validation}; null when the body had none. */
    public String type() { return type; }

    /** {@code error.message}; null when the body had none. */
    public String errorMessage() {
        JsonNode m = body == null ? null : body.path("error").get("message");
        return m == null || !m.isTextual() ? null : m.asText();
    }

    /** The parsed body (null when it was not JSON). */
    public JsonNode body() { return body; }
}
