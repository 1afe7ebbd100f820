package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A failed DDP operation: either the server's Meteor error object ({@code {"error","reason","message",
 * "errorType","details"}}) from a {@code result} or {@code nosub} frame, or a client-side failure with one of
 * the codes below. {@link #code()} is never {@code null}: a numeric server code such as {@code 404} becomes
 * {@code "404"}. Immutable and thread-safe.
 */
public class DdpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The socket died while the call was in flight; the server may or may not have run it. Callers retry. */
    public static final String DISCONNECTED = "disconnected";
    /** The client was {@linkplain DdpClient#close() closed} before the operation completed. */
    public static final String CLOSED = "closed";
    /** The WebSocket could not be opened. */
    public static final String CONNECT_FAILED = "connect-failed";
    /** The server did not answer {@code connect} within the connect timeout. */
    public static final String TIMEOUT = "timeout";
    /** The server refused the handshake with {@code {"msg":"failed"}}. */
    public static final String FAILED = "failed";
    /** A subscription was refused or stopped with a {@code nosub} that carried no error object. */
    public static final String NOSUB = "nosub";
    /** The subscription was unsubscribed before the server declared it ready. */
    public static final String UNSUBSCRIBED = "unsubscribed";

    private final String code;
    private final String reason;
    private final transient JsonNode error;

    /**
     * @param code    the error code, not {@code null}
     * @param reason  the human-readable reason, or {@code null}
     * @param message the exception message, not {@code null}
     * @param error   the server's raw error object, or {@code null} for client-side failures
     * @param cause   the underlying failure, or {@code null}
     */
    public DdpException(String code, String reason, String message, JsonNode error, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason;
        this.error = error;
    }

    /** A client-side failure (no server error object). */
    static DdpException client(String code, String message, Throwable cause) {
        return new DdpException(code, message, message, null, cause);
    }

    /** The exception for a server error object; tolerates any shape, since servers are not always well-behaved. */
    static DdpException fromServer(JsonNode error) {
        JsonNode codeNode = error == null ? null : error.isValueNode() ? error : error.get("error");
        String code = codeNode == null || codeNode.isNull() || codeNode.isContainerNode() ? "unknown" : codeNode.asText();
        String reason = text(error, "reason");
        String message = text(error, "message");
        if (message == null) {
            message = (reason == null ? "" : reason + " ") + "[" + code + "]";
        }
        return new DdpException(code, reason, message, error, null);
    }

    /** The error code: the server's {@code error} field as text, or one of the client-side constants. */
    public String code() {
        return code;
    }

    /** The server's {@code reason}, or {@code null}. */
    public String reason() {
        return reason;
    }

    /** The server's {@code errorType} (usually {@code Meteor.Error}), or {@code null}. */
    public String errorType() {
        return text(error, "errorType");
    }

    /** The server's {@code details} object, or {@code null}. */
    public JsonNode details() {
        return error == null ? null : error.get("details");
    }

    /** The server's raw error object, or {@code null} for client-side failures. */
    public JsonNode error() {
        return error;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
