package dev.switchboard.api.livechat.internal;

import java.util.Map;

/**
 * A LiveChat error (livechat-agent-api-v3.6.md §2.2): its catalogue type, message and HTTP status,
 * sent as {@code {"error":{"type","message"}}}. Thrown by the adapter's parsing and by
 * {@link ErrorMapping} for the core's typed errors.
 */
public final class ApiError extends RuntimeException {
    private final String type;
    private final int status;

    public ApiError(String type, String message, int status) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    public String type() { return type; }

    public int status() { return status; }

    /** The body: {@code {"error":{"type":…,"message":…}}}. */
    public Map<String, Object> body() { return Map.of("error", Map.of("type", type, "message", getMessage())); }

    public static ApiError validation(String message) { return new ApiError("validation", message, 400); }

    public static ApiError authentication() { return new ApiError("authentication", "Authentication error", 401); }

    public static ApiError authorization(String message) { return new ApiError("authorization", message, 403); }

    public static ApiError notFound(String message) { return new ApiError("not_found", message, 404); }

    public static ApiError internal() { return new ApiError("internal", "Internal server error", 500); }
}
