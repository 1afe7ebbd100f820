package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.actions.Action;
import dev.switchboard.api.livechat.actions.ActionRegistry;
import dev.switchboard.api.livechat.actions.Caller;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Failures;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.realtime.FrameSink;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LiveChat Agent Chat API v3.6 RTM websocket (livechat-agent-api-v3.6.md §5) at
 * {@code <prefix>/v3.6/agent/rtm/ws}: {@code login} within the login timeout, request/response frames,
 * every Web action from the same {@link ActionRegistry} except {@code upload_file} (C50), the RTM-only
 * actions, pushes from domain events, and lossless resumption (see {@link RtmLogin}). Silence is
 * Jetty's idle timeout per socket, so control-frame pings keep a connection alive as well as the
 * {@code ping} action (C46); before closing an authorised connection it pushes
 * {@code agent_disconnected} (C52). The server serves its sockets with Jetty's own WebSocket API:
 * {@link #newSocket} makes each socket's listener. Thread-safe.
 */
public final class RtmEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtmEndpoint.class);
    private final ActionRegistry actions;
    private final RtmLimits limits;
    private final RtmSessions sessions;
    private final Function<Session, FrameSink> sinks;
    private final RtmOnlyActions rtmOnly;
    /** The open sockets, for the login deadline; frames reach their connection through its listener. */
    private final Set<RtmConnection> connections = ConcurrentHashMap.newKeySet();
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rtm-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private RtmEndpoint(AgentChatServices s, ActionRegistry actions, RtmLimits limits, Clock clock,
                        Function<Session, FrameSink> sinks) {
        this.actions = actions;
        this.sinks = sinks;
        this.limits = limits;
        this.sessions = new RtmSessions(s, limits, clock);
        this.rtmOnly = new RtmOnlyActions(s, sessions, clock.instant());
        long tick = Math.max(20, Math.min(limits.loginTimeout().toMillis() / 4, 1_000));
        timer.scheduleWithFixedDelay(this::heartbeat, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * The endpoint; it serves the same actions as the Web API, at {@link #path}. It must be closed with
     * the server.
     *
     * @param sinks writes a socket's frames (the server's Jetty adapter, shared with the DDP endpoint)
     */
    public static RtmEndpoint create(AgentChatServices s, ActionRegistry actions, RtmLimits limits, Clock clock,
                                     Function<Session, FrameSink> sinks) {
        return new RtmEndpoint(s, actions, limits, clock, sinks);
    }

    /** @param prefix a path before {@code /v3.6} ({@code ""} for none) */
    public static String path(String prefix) { return prefix + "/v3.6/agent/rtm/ws"; }

    /**
     * The listener of one new socket. It takes from the upgrade request only what replies need: the
     * address the client reached the server at (for links) and the {@code organization_id} parameter.
     */
    public Session.Listener newSocket(ServerUpgradeRequest upgrade) {
        String host = upgrade.getHeaders().get("Host");
        String base = sessions.publicUrl() != null ? sessions.publicUrl() : host == null ? "" : "http://" + host;
        return new RtmSocketListener(this, base, Request.extractQueryParameters(upgrade).getValue("organization_id"));
    }

    /** A socket is open: bounds it; returns the connection its frames go to. */
    RtmConnection opened(Session session, String base, String organizationId) {
        session.setMaxTextMessageSize(limits.maxFrameBytes());
        // The bound binary frames had when the node's sockets shared one configuration with DDP's.
        session.setMaxBinaryMessageSize(1024);
        RtmConnection c = new RtmConnection(new RtmSocket(sinks.apply(session), limits.maxPendingChars()), base, organizationId);
        connections.add(c);
        session.setIdleTimeout(limits.silenceTimeout());
        session.addIdleTimeoutListener(timeout -> {
            RtmSession rtm = c.session();
            if (rtm != null) disconnect(c, "connection_timeout");
            else c.socket.close(1000, "connection_timeout");
            return false;
        });
        return c;
    }

    void received(RtmConnection c, String text) {
        JsonNode frame;
        try {
            frame = Wire.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ApiError e) {
            c.socket.send(RtmFrames.error("", "", e));
            return;
        }
        String requestId = frame.path("request_id").isTextual() ? frame.get("request_id").asText() : "";
        String action = frame.path("action").isTextual() ? frame.get("action").asText() : null;
        if (!frame.isObject() || action == null || action.isEmpty()) {
            c.socket.send(RtmFrames.error(requestId, action, ApiError.validation("Wrong format of request: `action` is required")));
            return;
        }
        if (!c.submit(() -> run(c, requestId, action, frame), limits.maxPendingRequests(), requests,
                e -> c.socket.send(RtmFrames.error(requestId, action, Failures.of(e, action))))) {
            c.socket.send(RtmFrames.error(requestId, action,
                    new ApiError("pending_requests_limit_reached", "Requests limit reached", 429)));
        }
    }

    /** One request, on the connection's turn: any failure becomes an error response. */
    private void run(RtmConnection c, String requestId, String action, JsonNode frame) {
        try {
            JsonNode version = frame.get("version");
            if (version != null && !version.isNull() && !RtmFrames.VERSION.equals(version.asText())) {
                throw new ApiError("unsupported_version", "Unsupported version", 400);
            }
            JsonNode raw = frame.get("payload");
            Payload payload = new Payload(raw == null || raw.isNull() ? Wire.object() : raw);
            if ("ping".equals(action)) {
                c.socket.send(RtmFrames.response(requestId, action, Wire.object()));
                return;
            }
            if ("login".equals(action)) {
                rtmOnly.login(c, requestId, payload);
                return;
            }
            RtmSession session = c.session();
            if (session == null) throw ApiError.authentication();
            RtmSession.ORIGIN.set(new RtmSession.Origin(session, requestId));
            try {
                JsonNode result = rtmOnly.find(action).isPresent()
                        ? rtmOnly.find(action).get().run(c, session, payload)
                        : webAction(action).run(new Caller(session.user(), c.baseUrl), payload);
                c.socket.send(RtmFrames.response(requestId, action, result));
                rtmOnly.after(c, session, action);
            } finally {
                RtmSession.ORIGIN.remove();
            }
        } catch (RuntimeException e) {
            c.socket.send(RtmFrames.error(requestId, action, Failures.of(e, action)));
        }
    }

    /** Every Web action but {@code upload_file}, which is multipart and has no RTM form (§5.5). */
    private Action webAction(String name) {
        if ("upload_file".equals(name)) throw ApiError.validation("upload_file is not available over RTM");
        return actions.find(name).orElseThrow(() -> ApiError.validation("Unknown action: " + name));
    }

    /** Tells an authorised connection why (§5.6 {@code agent_disconnected}), then closes it; its session stays resumable. */
    void disconnect(RtmConnection c, String reason) {
        c.socket.send(RtmFrames.push("agent_disconnected", Wire.object().put("reason", reason)));
        c.socket.close(1000, reason);
    }

    /** The socket closed or failed (Jetty may report both): the first call parks its session. */
    void closed(RtmConnection c) {
        if (!connections.remove(c)) return;
        c.markClosed();
        c.socket.close(1000, "closed");
        sessions.socketLost(c);
    }

    /** Closes connections that did not log in in time (no push: they are not authorised) and expires parked sessions. */
    private void heartbeat() {
        try {
            long deadline = limits.loginTimeout().toNanos();
            for (RtmConnection c : connections) {
                if (c.session() == null && System.nanoTime() - c.connectedNanos > deadline) c.socket.close(1000, "login timeout");
            }
            sessions.sweep();
        } catch (RuntimeException e) {
            LOG.error("RTM heartbeat failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        requests.shutdownNow();
    }
}
