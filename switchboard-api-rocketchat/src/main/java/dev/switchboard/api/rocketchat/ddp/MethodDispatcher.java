package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.error.Failures;
import dev.switchboard.core.error.SwitchboardException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs DDP methods by name and renders the outcome as the {@code result} frame (rocketchat-livechat.md
 * §5.2): the value, or a Meteor error for core errors, ill-shaped parameters, unknown methods, and
 * (logged, without details) anything unexpected. Methods that can run ahead of a connection's earlier
 * calls ({@link PipelinedMethod}) answer through a future. Thread-safe.
 */
final class MethodDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(MethodDispatcher.class);
    private final Map<String, DdpMethod> methods = new HashMap<>();
    private final Map<String, PipelinedMethod> pipelined = new HashMap<>();

    MethodDispatcher(RocketChatServices s) {
        VisitorMethods.register(methods, pipelined, s);
        AgentMethods.register(methods, s);
        methods.put("stream-notify-room", new TypingMethod(s));
    }

    /**
     * Starts call {@code id} ahead of the connection's earlier calls when its method allows it
     * ({@link PipelinedMethod}); the future completes with its {@code result} frame and never fails.
     *
     * @return null when the call must wait for the earlier calls and run through {@link #invoke}
     */
    CompletableFuture<String> invokeAhead(DdpSession session, String id, String name, JsonNode params) {
        PipelinedMethod m = pipelined.get(name);
        if (m == null || !params.isArray()) return null;
        CompletableFuture<?> pending;
        try {
            pending = m.callAhead(session, params);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(error(id, name, e));
        }
        if (pending == null) return null;
        return pending.handle((value, failure) -> failure == null ? Frames.result(id, value) : error(id, name, Failures.cause(failure)));
    }

    /** The {@code result} frame answering method call {@code id}. */
    String invoke(DdpSession session, String id, String name, JsonNode params) {
        DdpMethod m = methods.get(name);
        if (m == null) return Frames.error(id, MeteorError.methodNotFound(name));
        if (!params.isArray()) return Frames.error(id, MeteorError.matchFailed());
        try {
            return Frames.result(id, m.call(session, params));
        } catch (RuntimeException e) {
            return error(id, name, Failures.cause(e));
        }
    }

    private static String error(String id, String name, Throwable failure) {
        if (failure instanceof Args.BadArgs) return Frames.error(id, MeteorError.matchFailed());
        if (failure instanceof SwitchboardException e) return Frames.error(id, MeteorError.of(e));
        if (failure instanceof AgentMethods.LoginRefused e) return Frames.error(id, MeteorError.of(e.error, e.getMessage()));
        if (failure instanceof AgentMethods.NotLoggedIn) {
            return Frames.error(id, MeteorError.of("error-invalid-user", "Invalid user").with("details", Obj.of("method", name)));
        }
        LOG.error("DDP method {} failed", name, failure);
        return Frames.error(id, MeteorError.of(500, "Internal server error"));
    }
}
