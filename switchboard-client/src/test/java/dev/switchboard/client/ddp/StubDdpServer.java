package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A scriptable DDP server on 127.0.0.1 that speaks Switchboard's resume extension (sequenced {@code changed}
 * frames, a replay buffer per session, {@code resume}/{@code resync}), and records every frame it receives.
 * Thread-safe: all state is guarded by the instance.
 */
final class StubDdpServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** What the server answers to a method call or a subscription. */
    record Answer(String kind, JsonNode value) {
        static Answer result(Object value) { return new Answer("result", JSON.valueToTree(value)); }
        static Answer empty() { return new Answer("empty", null); }
        static Answer error(String code, String reason) { return new Answer("error", meteorError(code, reason)); }
        static Answer none() { return new Answer("none", null); }
    }

    /** One frame a client sent, with the number (1, 2, …) of the socket it came on. */
    record Received(int socket, JsonNode frame) {
        String msg() { return frame.path("msg").asText(); }
    }

    private static final class Session {
        final String id;
        long seq;
        final List<ObjectNode> buffer = new ArrayList<>();
        WsContext socket;

        Session(String id) { this.id = id; }
    }

    private final Javalin app;
    private final AtomicInteger sockets = new AtomicInteger();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Map<WsContext, Integer> socketNumbers = new HashMap<>();
    private final Map<WsContext, Session> sessionOf = new HashMap<>();
    private final Map<String, Function<JsonNode, Answer>> methods = new HashMap<>();
    private final List<Runnable> heldHandshakes = new ArrayList<>();
    private Function<JsonNode, Answer> subscriptions = frame -> Answer.empty();
    private boolean holdHandshakes;
    private boolean resumable = true;
    private String resyncReason = "unknown-session";
    private int replayOverlap;
    private boolean answerPings = true;

    StubDdpServer() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.jetty.modifyServer(server -> server.setStopTimeout(0));
            config.routes.ws("/websocket", ws -> {
                ws.onConnect(ctx -> opened(ctx));
                ws.onMessage(ctx -> message(ctx, ctx.message()));
                ws.onClose(ctx -> closed(ctx, ctx.status()));
                ws.onError(ctx -> closed(ctx, -1));
            });
        }).start();
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + app.port() + "/websocket");
    }

    URI httpUri() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    // ---- scripting ----

    synchronized StubDdpServer onMethod(String name, Function<JsonNode, Answer> handler) {
        methods.put(name, handler);
        return this;
    }

    /** How {@code sub} frames are answered: result/empty → ready, error → nosub with that error, none → silence. */
    synchronized StubDdpServer onSubscribe(Function<JsonNode, Answer> handler) {
        subscriptions = handler;
        return this;
    }

    /** While held, {@code connect} frames get no answer; {@link #releaseHandshakes} answers them. */
    synchronized void holdHandshakes() {
        holdHandshakes = true;
    }

    synchronized void releaseHandshakes() {
        holdHandshakes = false;
        heldHandshakes.forEach(Runnable::run);
        heldHandshakes.clear();
    }

    /** Whether a {@code resume} of a known session succeeds; if not, the answer is a resync with {@code reason}. */
    synchronized void resumable(boolean value, String reason) {
        resumable = value;
        resyncReason = reason;
    }

    /** A misbehaving replay: on resume, also re-send this many frames the client already had. */
    synchronized void replayOverlap(int frames) {
        replayOverlap = frames;
    }

    synchronized void answerPings(boolean value) {
        answerPings = value;
    }

    /** Emits a stream event to every session: sequenced, buffered, and sent if the session has a socket. */
    synchronized void emit(String collection, String eventName, Object... args) {
        for (Session session : sessions.values()) {
            ObjectNode frame = JSON.createObjectNode().put("msg", "changed").put("collection", collection).put("id", "id");
            ObjectNode fields = frame.putObject("fields").put("eventName", eventName);
            fields.set("args", JSON.valueToTree(java.util.Arrays.asList(args)));
            frame.put("seq", ++session.seq);
            session.buffer.add(frame);
            if (session.socket != null) {
                session.socket.send(frame.toString());
            }
        }
    }

    /** Sends raw text to every open socket. */
    synchronized void sendRaw(String text) {
        socketNumbers.keySet().forEach(ctx -> ctx.send(text));
    }

    /** Drops every socket's TCP connection without a close handshake. */
    synchronized void dropSockets() {
        socketNumbers.keySet().forEach(ctx -> ctx.session.disconnect());
    }

    // ---- observations ----

    List<Received> received() {
        return List.copyOf(received);
    }

    List<JsonNode> frames(String msg) {
        return received.stream().filter(r -> r.msg().equals(msg)).map(Received::frame).toList();
    }

    List<JsonNode> frames(String msg, int socket) {
        return received.stream().filter(r -> r.socket() == socket && r.msg().equals(msg)).map(Received::frame).toList();
    }

    int socketsOpened() {
        return sockets.get();
    }

    synchronized int openSockets() {
        return socketNumbers.size();
    }

    List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    static ObjectNode meteorError(String code, String reason) {
        ObjectNode error = JSON.createObjectNode().put("isClientSafe", true).put("errorType", "Meteor.Error");
        if (code.matches("\\d+")) {
            error.put("error", Integer.parseInt(code));
        } else {
            error.put("error", code);
        }
        error.put("reason", reason).put("message", reason + " [" + code + "]");
        return error;
    }

    // ---- protocol ----

    private synchronized void opened(WsContext ctx) {
        socketNumbers.put(ctx, sockets.incrementAndGet());
        ctx.send("{\"server_id\":\"0\"}");
    }

    private synchronized void closed(WsContext ctx, int code) {
        if (socketNumbers.remove(ctx) != null) {
            closeCodes.add(code);
        }
        Session session = sessionOf.remove(ctx);
        if (session != null && session.socket == ctx) {
            session.socket = null;
        }
    }

    private synchronized void message(WsContext ctx, String text) throws Exception {
        JsonNode frame = JSON.readTree(text);
        Integer socket = socketNumbers.get(ctx);
        received.add(new Received(socket == null ? -1 : socket, frame));
        switch (frame.path("msg").asText()) {
            case "connect" -> {
                if (holdHandshakes) {
                    heldHandshakes.add(() -> connect(ctx, frame));
                } else {
                    connect(ctx, frame);
                }
            }
            case "ping" -> {
                if (answerPings) {
                    ObjectNode pong = JSON.createObjectNode().put("msg", "pong");
                    if (frame.has("id")) {
                        pong.set("id", frame.get("id"));
                    }
                    ctx.send(pong.toString());
                }
            }
            case "method" -> method(ctx, frame);
            case "sub" -> subscribe(ctx, frame);
            case "unsub" -> ctx.send(JSON.createObjectNode().put("msg", "nosub").put("id", frame.path("id").asText()).toString());
            default -> { }
        }
    }

    private void connect(WsContext ctx, JsonNode frame) {
        if (!socketNumbers.containsKey(ctx)) {
            return; // the socket died while its handshake was held
        }
        JsonNode resume = frame.get("resume");
        Session old = resume == null ? null : sessions.get(resume.path("session").asText());
        if (old != null && resumable) {
            attach(ctx, old);
            ctx.send(JSON.createObjectNode().put("msg", "connected").put("session", old.id).toString());
            long from = resume.path("seq").asLong() - replayOverlap;
            old.buffer.stream().filter(f -> f.get("seq").asLong() > from).forEach(f -> ctx.send(f.toString()));
            return;
        }
        Session session = new Session("s" + sessionIds.incrementAndGet());
        sessions.put(session.id, session);
        attach(ctx, session);
        ObjectNode connected = JSON.createObjectNode().put("msg", "connected").put("session", session.id);
        if (resume != null) {
            connected.put("resync", resyncReason);
            if (old != null) {
                sessions.remove(old.id);
            }
        }
        ctx.send(connected.toString());
    }

    private void attach(WsContext ctx, Session session) {
        if (session.socket != null) {
            sessionOf.remove(session.socket);
        }
        session.socket = ctx;
        sessionOf.put(ctx, session);
    }

    private void method(WsContext ctx, JsonNode frame) {
        String id = frame.path("id").asText();
        String name = frame.path("method").asText();
        Function<JsonNode, Answer> handler = methods.get(name);
        Answer answer = handler != null ? handler.apply(frame.path("params"))
                : new Answer("error", meteorError("404", "Method '" + name + "' not found"));
        ObjectNode result = JSON.createObjectNode().put("msg", "result").put("id", id);
        switch (answer.kind()) {
            case "none" -> { return; }
            case "result" -> result.set("result", answer.value());
            case "error" -> result.set("error", answer.value());
            default -> { }
        }
        ctx.send(result.toString());
        ctx.send("{\"msg\":\"updated\",\"methods\":[\"" + id + "\"]}");
    }

    private void subscribe(WsContext ctx, JsonNode frame) {
        String id = frame.path("id").asText();
        Answer answer = subscriptions.apply(frame);
        switch (answer.kind()) {
            case "none" -> { }
            case "error" -> {
                ObjectNode nosub = JSON.createObjectNode().put("msg", "nosub").put("id", id);
                nosub.set("error", answer.value());
                ctx.send(nosub.toString());
            }
            default -> ctx.send("{\"msg\":\"ready\",\"subs\":[\"" + id + "\"]}");
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
