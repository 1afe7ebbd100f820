package dev.switchboard.client.ddp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket of a {@link DdpClient}: reassembles text frames into JSON, serializes sends (the JDK
 * WebSocket allows one outstanding text send) and remembers when the server last spoke. A reconnect makes a
 * new {@code Connection}; the client ignores everything an old one reports.
 * <p>Listener callbacks arrive sequentially on the HTTP client's threads; sends may come from any thread.
 */
final class Connection implements WebSocket.Listener {
    /** What the owning client hears from this connection. */
    interface Handler {
        void onFrame(Connection connection, JsonNode frame);

        void onLost(Connection connection, String why, Throwable cause);
    }

    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    private final Handler handler;
    private final String connectFrame;
    private final boolean resuming;
    private final StringBuilder partial = new StringBuilder();
    /** Completes with the {@code connected} frame, or fails when the handshake does not happen. */
    final CompletableFuture<JsonNode> handshake = new CompletableFuture<>();
    private CompletableFuture<Void> sendTail = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile boolean dead;
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile long lastPingNanos = System.nanoTime();
    /** How far the handshake got, for the timeout's message: a stalled handshake says where it stalled. */
    private volatile boolean connectWritten;
    private volatile int framesReceived;

    /** A connection not yet dialed: its owner makes it current first, then calls {@link #open}. */
    Connection(Handler handler, String connectFrame, boolean resuming) {
        this.handler = handler;
        this.connectFrame = connectFrame;
        this.resuming = resuming;
    }

    /**
     * Starts opening the socket to {@code uri}; on open it sends the {@code connect} frame. The JDK may run
     * this connection's first callbacks inline on the calling thread (when the server answers before
     * {@code buildAsync} returns), so call it without holding a lock those callbacks take.
     */
    void open(HttpClient http, URI uri, Duration timeout) {
        if (dead) {
            return;
        }
        http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, this)
                .whenCompleteAsync((socket, error) -> {
                    if (error != null) {
                        handler.onLost(this, "cannot open " + uri + ": " + error.getMessage(), error);
                    } else if (dead) {
                        socket.abort();
                    }
                }, Shared.COMPLETIONS);
    }

    /** Whether this connection's {@code connect} carried a {@code resume}. */
    boolean resuming() {
        return resuming;
    }

    boolean isDead() {
        return dead;
    }

    long nanosSinceLastFrame() {
        return System.nanoTime() - lastReceivedNanos;
    }

    long nanosSinceLastPing() {
        return System.nanoTime() - lastPingNanos;
    }

    void sendPing() {
        lastPingNanos = System.nanoTime();
        send(Frames.ping());
    }

    /** Where a handshake that never completed stopped, in words. */
    String handshakeProgress() {
        if (socket == null) return "the WebSocket never opened";
        return "the WebSocket opened, connect was " + (connectWritten ? "written" : "not yet written")
                + ", " + framesReceived + " frame(s) came and none was connected";
    }

    /** Resets the silence clock, so heartbeats count from the handshake rather than from the socket's birth. */
    void markAlive() {
        lastReceivedNanos = System.nanoTime();
    }

    /**
     * Queues a text frame behind earlier ones; a failed send reports the connection lost.
     *
     * @return completes when the frame is written; never, when it could not be
     */
    synchronized CompletableFuture<Void> send(String text) {
        WebSocket ws = socket;
        if (ws == null || dead) {
            return new CompletableFuture<>(); // nothing can be sent; the loss is (or will be) reported by whoever noticed it
        }
        CompletableFuture<Void> next = sendTail.handle((ignored, error) -> null)
                .thenCompose(ignored -> ws.sendText(text, true)).thenApply(ignored -> null);
        sendTail = next;
        next.whenCompleteAsync((ignored, error) -> {
            if (error != null) {
                handler.onLost(this, "send failed: " + error.getMessage(), error);
            }
        }, Shared.COMPLETIONS);
        return next;
    }

    /** Drops the TCP connection without a close handshake, as a network failure would. Idempotent. */
    void abort() {
        dead = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    /** Sends a normal close frame and drops the TCP connection a second later whether or not the server answered. */
    void closeGracefully() {
        WebSocket ws = socket;
        dead = true;
        if (ws == null) {
            return;
        }
        synchronized (this) {
            sendTail.handle((ignored, error) -> null)
                    .thenCompose(ignored -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "closed by client"))
                    .whenComplete((ignored, error) -> Shared.TIMER.schedule(ws::abort, 1, TimeUnit.SECONDS));
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        if (dead) {
            webSocket.abort();
            return;
        }
        send(connectFrame).thenRun(() -> connectWritten = true);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastReceivedNanos = System.nanoTime();
        partial.append(data);
        if (last) {
            framesReceived++; // one reader at a time: the listener's callbacks are sequential
            String text = partial.toString();
            partial.setLength(0);
            JsonNode frame = null;
            try {
                frame = Frames.parse(text);
            } catch (JsonProcessingException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring a DDP frame that is not JSON: {0}", abbreviate(text));
            }
            if (frame != null) {
                handler.onFrame(this, frame);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        lastReceivedNanos = System.nanoTime();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        lastReceivedNanos = System.nanoTime();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        lastReceivedNanos = System.nanoTime();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        handler.onLost(this, "server closed the socket (" + statusCode + " " + reason + ")", null);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        handler.onLost(this, "socket error: " + error, error);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
