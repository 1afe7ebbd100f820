package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.realtime.FrameSink;
import dev.switchboard.core.realtime.ResumableSessions;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rocket.Chat's realtime API: DDP over a WebSocket at {@code /websocket} (rocketchat-livechat.md §5),
 * plus Switchboard's lossless resumption: a client that sends {@code "sequenced":true} in
 * {@code connect} gets a {@code seq} on every stream frame, and after a lost socket can send
 * {@code "resume":{"session","seq"}} to receive exactly what it missed, or a {@code connected} frame
 * with {@code "resync":<reason>} when that is no longer possible. The server serves its sockets with
 * Jetty's own WebSocket API: {@link #newSocket} makes each socket's listener. Thread-safe.
 */
public final class DdpEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DdpEndpoint.class);
    private final DdpLimits limits;
    private final Function<Session, FrameSink> sinks;
    private final MethodDispatcher dispatcher;
    private final Handshake handshake;
    private final Streams streams;
    private final ResumableSessions<DdpSession> sessions;
    /** The open sockets, for the heartbeat; frames reach their connection through its listener, not through this set. */
    private final Set<DdpConnection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ddp-heartbeat");
        t.setDaemon(true);
        return t;
    });

    private DdpEndpoint(RocketChatServices s, DdpLimits limits, Clock clock, Function<Session, FrameSink> sinks) {
        this.limits = limits;
        this.sinks = sinks;
        this.streams = new Streams(s);
        this.sessions = new ResumableSessions<>(limits.resumeWindow(), clock, DdpSession::release);
        this.handshake = new Handshake(s.hub(), new StreamRenderer(s.settings()), sessions, limits.replayFrames(),
                s.agentConnections());
        this.dispatcher = new MethodDispatcher(s);
        long tick = Math.max(50, Math.min(limits.pingAfter().toMillis() / 2, 5_000));
        timer.scheduleWithFixedDelay(this::heartbeat, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * The endpoint of {@code /websocket}; it must be closed with the server.
     *
     * @param sinks writes a socket's frames (the server's Jetty adapter, shared with the RTM endpoint)
     */
    public static DdpEndpoint create(RocketChatServices s, DdpLimits limits, Clock clock,
                                     Function<Session, FrameSink> sinks) {
        return new DdpEndpoint(s, limits, clock, sinks);
    }

    /** The listener of one new {@code /websocket} socket. */
    public Session.Listener newSocket() { return new DdpSocketListener(this); }

    /** A socket is open: bounds it and greets the client; returns the connection its frames go to. */
    DdpConnection opened(Session session) {
        session.setMaxTextMessageSize(limits.maxFrameBytes());
        // DDP is text; binary frames are read (up to this bound, else 1009) and dropped.
        session.setMaxBinaryMessageSize(1024);
        // Our own heartbeat closes silent sockets; Jetty's idle timeout only backs it up.
        session.setIdleTimeout(limits.pingAfter().plus(limits.closeAfter()).multipliedBy(2));
        DdpConnection c = new DdpConnection(new DdpSocket(sinks.apply(session), limits.maxPendingChars()));
        connections.add(c);
        c.socket.send(Frames.SERVER_ID);
        return c;
    }

    void received(DdpConnection c, String text) {
        c.socket.received();
        c.pinged = false;
        JsonNode frame = Ejson.read(text);
        if (frame != null && frame.isArray()) {
            // SockJS-style batches (["<json>", ...]) as Rocket.Chat's ddp-streamer accepts them.
            for (JsonNode inner : frame) handle(c, inner.isTextual() ? Ejson.read(inner.textValue()) : null);
        } else {
            handle(c, frame);
        }
    }

    private void handle(DdpConnection c, JsonNode frame) {
        String msg = frame != null && frame.isObject() ? text(frame, "msg") : null;
        DdpSession session = c.session;
        if (session == null) {
            if ("connect".equals(msg)) c.session = handshake.connect(c.socket, frame);
            else c.socket.close(1002, "connect first");
            return;
        }
        // A subscription may read what an earlier call writes; only pings and calls that run ahead don't wait.
        if (!"ping".equals(msg) && !"pong".equals(msg) && !"method".equals(msg)) c.pipeline.awaitAnswered();
        switch (msg == null ? "" : msg) {
            case "ping" -> c.socket.send(Frames.pong(text(frame, "id")));
            case "pong" -> { }
            case "method" -> method(c, session, frame);
            case "sub" -> subscribe(c, session, frame);
            case "unsub" -> unsubscribe(c, session, frame);
            default -> c.socket.send(Ejson.write(Obj.of("msg", "error", "reason", "Bad request")));
        }
    }

    private void method(DdpConnection c, DdpSession session, JsonNode frame) {
        String id = text(frame, "id");
        String name = text(frame, "method");
        if (id == null || name == null) {
            c.socket.close(1002, "method frames need method and id");
            return;
        }
        JsonNode params = frame.get("params");
        if (params == null || params.isNull()) params = JsonNodeFactory.instance.arrayNode();
        CompletableFuture<String> result = dispatcher.invokeAhead(session, id, name, params);
        if (result == null) {
            c.pipeline.awaitAnswered(); // this call may read what the earlier ones write
            result = CompletableFuture.completedFuture(dispatcher.invoke(session, id, name, params));
        }
        c.pipeline.answer(c.socket::send, id, result);
    }

    private void subscribe(DdpConnection c, DdpSession session, JsonNode frame) {
        String id = text(frame, "id");
        String name = text(frame, "name");
        if (id == null || name == null) {
            c.socket.send(Ejson.write(Obj.of("msg", "error", "reason", "Bad request: sub needs id and name")));
            return;
        }
        if (session.subscriptionCount() >= limits.maxSubscriptions()) {
            c.socket.send(Frames.nosub(id, MeteorError.of("too-many-subscriptions", null)));
            return;
        }
        JsonNode params = frame.path("params");
        String eventName = params.path(0).isTextual() ? params.get(0).textValue() : null;
        JsonNode extra = params.path(1).path("args").path(0);
        Streams.Decision d;
        try {
            d = streams.decide(session, id, name, eventName, extra.isObject() ? extra : null);
        } catch (RuntimeException e) {
            LOG.error("DDP subscription {} failed", name, e);
            d = new Streams.Decision(null, MeteorError.of(500, "Internal server error"));
        }
        if (d.error() != null) {
            c.socket.send(Frames.nosub(id, d.error()));
            return;
        }
        session.subscribe(d.subscription());
        c.socket.send(Frames.ready(id));
    }

    private void unsubscribe(DdpConnection c, DdpSession session, JsonNode frame) {
        String id = text(frame, "id");
        if (id == null) return;
        session.unsubscribe(id);
        c.socket.send(Frames.nosub(id, null));
    }

    /** The socket closed or failed (Jetty may report both): the first call parks or ends its session. */
    void closed(DdpConnection c) {
        if (!connections.remove(c)) return;
        c.socket.close(1000, "closed");
        DdpSession session = c.session;
        if (session == null) return;
        // A session that did not ask for sequence numbers cannot be resumed: it ends with its socket.
        boolean left = session.leave(c.socket, session.isSequenced() ? sessions : null);
        if (left && !session.isSequenced()) sessions.remove(session.id(), session);
    }

    private void heartbeat() {
        try {
            long pingAfter = limits.pingAfter().toNanos();
            long closeAfter = pingAfter + limits.closeAfter().toNanos();
            for (DdpConnection c : connections) {
                long silent = c.socket.silentNanos();
                if (silent > closeAfter) {
                    c.socket.close(4000, "TIMEOUT");
                } else if (silent > pingAfter && !c.pinged) {
                    c.pinged = true;
                    c.socket.send(Frames.PING);
                }
            }
            sessions.sweep();
        } catch (RuntimeException e) {
            LOG.error("DDP heartbeat failed", e);
        }
    }

    private static String text(JsonNode frame, String field) {
        JsonNode n = frame.get(field);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    @Override
    public void close() { timer.shutdownNow(); }
}
