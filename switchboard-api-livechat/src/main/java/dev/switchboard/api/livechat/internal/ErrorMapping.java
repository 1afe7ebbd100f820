package dev.switchboard.api.livechat.internal;

import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.error.Unauthenticated;
import java.util.Map;

/**
 * The core's typed errors as LiveChat errors (§2.2, §4 "Errors" lines). Core services written for
 * this API throw LiveChat type names as codes ({@code chat_inactive}, {@code missing_access}); the
 * services shared with the Rocket.Chat adapter throw Rocket.Chat codes, which map by kind.
 */
public final class ErrorMapping {
    /** Catalogue types a core code may name directly, with their statuses (§2.2 table). */
    private static final Map<String, Integer> LIVECHAT_TYPES = Map.ofEntries(
            Map.entry("validation", 400), Map.entry("authentication", 401), Map.entry("authorization", 403),
            Map.entry("missing_access", 403), Map.entry("not_found", 404), Map.entry("chat_inactive", 400),
            Map.entry("limit_reached", 400), Map.entry("already_exists", 400), Map.entry("not_allowed", 400),
            Map.entry("group_not_found", 400), Map.entry("agent_offline", 403), Map.entry("customer_banned", 403),
            Map.entry("groups_offline", 403), Map.entry("group_offline", 403), Map.entry("group_unavailable", 403),
            Map.entry("entity_too_large", 413), Map.entry("too_many_requests", 429));

    private ErrorMapping() {}

    public static ApiError of(SwitchboardException e) {
        String message = e.reason() != null && !e.reason().isEmpty() ? e.reason() : e.code();
        Integer status = LIVECHAT_TYPES.get(e.code());
        if (status != null) return new ApiError(e.code(), message, status);
        return switch (e) {
            case NotFound n -> new ApiError("not_found", message, 404);
            case Forbidden f -> new ApiError("authorization", message, 403);
            case Unauthenticated u -> ApiError.authentication();
            case Invalid i -> new ApiError("validation", message, 400);
            case Conflict c -> new ApiError("validation", message, 400);
        };
    }
}
