package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.model.User;
import java.time.Duration;
import java.util.Map;

/**
 * The user side of DDP: Meteor's {@code login} with a resume token (the {@code authToken} of REST
 * {@code login}), {@code logout}, and {@code sendMessage} for an agent's reply. A session that logged in may follow rooms it serves and the queue.
 */
final class AgentMethods {
    /** Meteor's default login-token lifetime; tokens don't expire here, so this is only advertised. */
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(90);

    private AgentMethods() {}

    /** The error a session gets for user-only methods before {@code login}, as Meteor words it. */
    static final class NotLoggedIn extends RuntimeException {
        NotLoggedIn() { super(null, null, false, false); }
    }

    static void register(Map<String, DdpMethod> methods, RocketChatServices s) {
        methods.put("login", (session, p) -> login(session, s, Args.object(p, 0)));
        methods.put("sendMessage", (session, p) -> {
            JsonNode m = Args.object(p, 0);
            return MessageJson.of(s.agentMessages().send(requireUser(session), Args.requiredString(m, "rid"),
                    Args.requiredString(m, "msg"), Args.optionalString(m, "_id")));
        });
        methods.put("logout", (session, p) -> {
            session.logout();
            return null;
        });
    }

    static User requireUser(DdpSession session) {
        User u = session.user();
        if (u == null) throw new NotLoggedIn();
        return u;
    }

    private static Obj login(DdpSession session, RocketChatServices s, JsonNode request) {
        JsonNode resume = request.get("resume");
        if (resume == null) throw new LoginRefused(400, "Unrecognized options for login request");
        if (!resume.isTextual()) throw new Args.BadArgs();
        try {
            var login = s.accounts().resume(resume.textValue());
            session.login(login.user());
            return Obj.of("id", login.user().id(), "token", resume.textValue(),
                    "tokenExpires", java.time.Instant.now().plus(TOKEN_LIFETIME), "type", "resume");
        } catch (SwitchboardException refused) {
            throw new LoginRefused(403, "You've been logged out by the server. Please log in again.");
        }
    }

    /** A refused {@code login}, with Meteor's numeric error and wording. */
    static final class LoginRefused extends RuntimeException {
        final int error;

        LoginRefused(int error, String reason) {
            super(reason, null, false, false);
            this.error = error;
        }
    }
}
