package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.error.Unauthenticated;

/**
 * Renders core errors in Rocket.Chat's failure envelope (rocketchat-livechat.md §1.4, §1.5): HTTP 400
 * for use-case errors, 401 for missing credentials (RC-8 body plus the legacy keys), 403 for missing
 * permissions. Never includes a stack trace.
 */
public final class ErrorBodies {
    private ErrorBodies() {}

    public static int status(SwitchboardException e) {
        if (e instanceof Unauthenticated) return 401;
        if (e instanceof Forbidden) return 403;
        return 400;
    }

    public static Obj body(SwitchboardException e) {
        if (e instanceof Unauthenticated) {
            return Obj.of("success", false, "status", "error", "error", e.reason(), "message", e.reason());
        }
        Obj body = Obj.of("success", false);
        if (e.reason() == null) {
            if (!e.code().isEmpty()) body.with("error", e.code());
            return body;
        }
        body.with("error", e.reason().isEmpty() ? "[" + e.code() + "]" : e.reason() + " [" + e.code() + "]");
        body.with("errorType", e.code());
        if (!e.details().isEmpty()) body.with("details", e.details());
        return body;
    }

    public static Obj notFound() { return Obj.of("success", false, "error", "Resource not found"); }

    public static Obj internal() { return Obj.of("success", false, "error", "Internal error occured"); }
}
