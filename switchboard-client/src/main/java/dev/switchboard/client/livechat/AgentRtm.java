package dev.switchboard.client.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A client of the LiveChat Agent Chat API v3.6 RTM websocket (livechat-agent-api-v3.6.md §5):
 * requests with a {@code request_id} complete a future with the response payload (an error response
 * fails it with an {@link AgentApiException} of status 0 carrying {@code error.type}); pushes go to
 * listeners and to a queue tests can wait on. It remembers the {@code session_id} of its login and the
 * last push {@code seq}, so {@link #resume} can continue the session on a new socket without losing a
 * push (Switchboard's extension). Thread-safe.
 */
public final class AgentRtm implements AutoCloseable {
    private final WebSocket socket;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingDeque<JsonNode> pushes = new LinkedBlockingDeque<>();
    private final LinkedBlockingDeque<JsonNode> frames = new LinkedBlockingDeque<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile String sessionId;
    private volatile long lastSeq;

    private AgentRtm(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).join();
    }

    /** Connects to {@code <server>/v3.6/agent/rtm/ws}; {@code server} is the http(s) base URL. */
    public static AgentRtm connect(URI server) { return connect(server, null); }

    /** @param organizationId sent as the {@code organization_id} query parameter (§5.1); null sends none */
    public static AgentRtm connect(URI server, String organizationId) {
        String base = server.toString().replaceAll("/+$", "").replaceFirst("^http", "ws");
        String query = organizationId == null ? ""
                : "?organization_id=" + java.net.URLEncoder.encode(organizationId, java.nio.charset.StandardCharsets.UTF_8);
        return new AgentRtm(URI.create(base + "/v3.6/agent/rtm/ws" + query));
    }

    /** {@code login} with a token that includes its scheme ({@code "Bearer …"}); returns the response payload. */
    public JsonNode login(String token) { return login(Map.of("token", token)); }

    /** {@code login} with any payload (pushes, away, …); remembers the session for {@link #resume}. */
    public JsonNode login(Map<String, ?> payload) {
        JsonNode response = request("login", payload).join();
        if (response.path("session_id").isTextual()) sessionId = response.get("session_id").asText();
        return response;
    }

    /**
     * Opens a new socket to {@code server} and logs in resuming this client's session: the response says
     * {@code "resumed":true} and the missed pushes follow, or {@code false} with a fresh state.
     */
    public AgentRtm resume(URI server, String token) {
        AgentRtm next = connect(server);
        next.lastSeq = lastSeq;
        next.login(Map.of("token", token, "resume", Map.of("session_id", sessionId, "seq", lastSeq)));
        return next;
    }

    /** Sends a request; the future completes with the response payload, or fails with {@link AgentApiException}. */
    public CompletableFuture<JsonNode> request(String action, Object payload) {
        String id = "r" + ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode frame = AgentTransport.MAPPER.createObjectNode();
        frame.put("request_id", id);
        frame.put("action", Objects.requireNonNull(action, "action"));
        frame.set("payload", AgentTransport.MAPPER.valueToTree(payload == null ? Map.of() : payload));
        sendText(frame.toString());
        return f;
    }

    /** The protocol {@code ping} action. */
    public CompletableFuture<JsonNode> ping() { return request("ping", Map.of()); }

    /** A control-frame ping (RFC 6455 §5.5.2). */
    public void controlPing() { socket.sendPing(java.nio.ByteBuffer.allocate(0)).join(); }

    /** Sends any text frame as is (for tests of malformed input). */
    public void sendText(String text) { socket.sendText(text, true).join(); }

    /** The next push named {@code action} within {@code timeout}, other pushes stay queued; null if none. */
    public JsonNode awaitPush(String action, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                for (Iterator<JsonNode> it = pushes.iterator(); it.hasNext(); ) {
                    JsonNode p = it.next();
                    if (action.equals(p.path("action").asText())) {
                        pushes.remove(p);
                        return p;
                    }
                }
                if (System.nanoTime() > deadline) return null;
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every frame received, in order (responses and pushes), for tests of the exact wire shapes. */
    public LinkedBlockingDeque<JsonNode> frames() { return frames; }

    /** Pushes received and not yet taken by {@link #awaitPush}. */
    public LinkedBlockingDeque<JsonNode> pushes() { return pushes; }

    public void addPushListener(Consumer<JsonNode> listener) { listeners.add(listener); }

    /** Completes with the close status code when the server closes the socket (or it fails: -1). */
    public CompletableFuture<Integer> closed() { return closed; }

    public String sessionId() { return sessionId; }

    /** The {@code seq} of the last push received (0: none). */
    public long lastSeq() { return lastSeq; }

    /** Drops the TCP connection without a close handshake, as a network failure would. */
    public void killSocket() { socket.abort(); }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        socket.abort();
    }

    private void received(String text) {
        JsonNode frame;
        try {
            frame = AgentTransport.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            return;
        }
        frames.add(frame);
        if ("push".equals(frame.path("type").asText())) {
            if (frame.path("seq").canConvertToLong() && frame.path("seq").asLong() > 0) lastSeq = frame.get("seq").asLong();
            pushes.add(frame);
            listeners.forEach(l -> l.accept(frame));
            return;
        }
        CompletableFuture<JsonNode> f = pending.remove(frame.path("request_id").asText());
        if (f == null) return;
        if (frame.path("success").asBoolean(false)) f.complete(frame.path("payload"));
        else f.completeExceptionally(new AgentApiException(0, frame.path("payload"), frame.path("payload").toString()));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                received(frame);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("socket closed")));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
