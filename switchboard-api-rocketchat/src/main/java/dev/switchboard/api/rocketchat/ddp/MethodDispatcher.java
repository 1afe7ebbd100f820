package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.error.SwitchboardException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs DDP methods by name and renders the outcome as the {@code result} frame (rocketchat-livechat.md
 * §5.2): the value, or a Meteor error for core errors, ill-shaped parameters, unknown methods, and
 * (logged, without details) anything unexpected. Thread-safe.
 */
final class MethodDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(MethodDispatcher.class);
    private final Map<String, DdpMethod> methods = new HashMap<>();

    MethodDispatcher(RocketChatServices s) {
        VisitorMethods.register(methods, s);
        AgentMethods.register(methods, s);
        methods.put("stream-notify-room", new TypingMethod(s));
    }

    /** The {@code result} frame answering method call {@code id}. */
    String invoke(DdpSession session, String id, String name, JsonNode params) {
        DdpMethod m = methods.get(name);
        if (m == null) return Frames.error(id, MeteorError.methodNotFound(name));
        if (!params.isArray()) return Frames.error(id, MeteorError.matchFailed());
        try {
            return Frames.result(id, m.call(session, params));
        } catch (Args.BadArgs e) {
            return Frames.error(id, MeteorError.matchFailed());
        } catch (SwitchboardException e) {
            return Frames.error(id, MeteorError.of(e));
        } catch (AgentMethods.LoginRefused e) {
            return Frames.error(id, MeteorError.of(e.error, e.getMessage()));
        } catch (AgentMethods.NotLoggedIn e) {
            return Frames.error(id, MeteorError.of("error-invalid-user", "Invalid user").with("details", Obj.of("method", name)));
        } catch (RuntimeException e) {
            LOG.error("DDP method {} failed", name, e);
            return Frames.error(id, MeteorError.of(500, "Internal server error"));
        }
    }
}
