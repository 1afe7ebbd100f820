package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.error.SwitchboardException;

/**
 * The Meteor error object of DDP method results and {@code nosub} answers (rocketchat-livechat.md
 * §5.2): {@code message} is {@code "<reason> [<error>]"}, or {@code "[<error>]"} without a reason.
 */
final class MeteorError {
    private MeteorError() {}

    /** @param error a code string or an HTTP-like number; reason nullable */
    static Obj of(Object error, String reason) {
        String message = reason == null || reason.isEmpty() ? "[" + error + "]" : reason + " [" + error + "]";
        return Obj.of("isClientSafe", true, "error", error, "reason", reason, "message", message,
                "errorType", "Meteor.Error");
    }

    static Obj of(SwitchboardException e) {
        String code = e.code().isEmpty() ? "error" : e.code();
        Obj error = of(code, e.reason());
        if (!e.details().isEmpty()) error.with("details", e.details());
        return error;
    }

    /** What Meteor's {@code check()} answers when a parameter has the wrong shape. */
    static Obj matchFailed() { return of(400, "Match failed"); }

    static Obj methodNotFound(String name) { return of(404, "Method '" + name + "' not found"); }

    static Obj subscriptionNotFound(String name) { return of(404, "Subscription '" + name + "' not found"); }
}
