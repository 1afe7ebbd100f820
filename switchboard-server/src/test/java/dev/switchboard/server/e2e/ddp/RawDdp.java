package dev.switchboard.server.e2e.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A bare WebSocket speaking raw DDP frames, for tests that check the exact wire format (what a
 * widget sees) rather than what our SDK makes of it. Every received frame is kept, in order.
 */
final class RawDdp implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final WebSocket socket;
    private final LinkedBlockingDeque<String> inbox = new LinkedBlockingDeque<>();
    private final List<String> seen = new ArrayList<>();
    final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private volatile boolean paused;
    private volatile WebSocket stalled;
    private boolean logoutOnClose;

    private RawDdp(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            inbox.add(partial.toString());
                            partial.setLength(0);
                        }
                        if (paused) stalled = ws;
                        else ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        closedWith.complete(status);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) { closedWith.complete(-1); }
                }).join();
    }

    /** Opens a socket to {@code /websocket} of the server at {@code httpUrl}. */
    static RawDdp open(String httpUrl) { return new RawDdp(URI.create(httpUrl.replaceFirst("^http", "ws") + "/websocket")); }

    /**
     * Opens a socket whose kernel receive buffer is fixed at {@code bytes}. Linux grows a socket's buffer
     * by itself (here up to 32 MiB, {@code net.ipv4.tcp_rmem}), so how much a client that stops reading
     * absorbs would otherwise depend on the machine; a fixed size turns that off. The JDK's HTTP client
     * reads the property for each connection it opens.
     */
    static RawDdp openWithReceiveBuffer(String httpUrl, int bytes) {
        String property = "jdk.httpclient.receiveBufferSize";
        String before = System.getProperty(property);
        System.setProperty(property, Integer.toString(bytes));
        try {
            return open(httpUrl);
        } finally {
            if (before == null) System.clearProperty(property);
            else System.setProperty(property, before);
        }
    }

    /** Opens a socket and completes the handshake as widget 1.13.3 does. */
    static RawDdp connected(String httpUrl) {
        RawDdp d = open(httpUrl);
        d.next();
        d.send("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\",\"pre2\",\"pre1\"]}");
        d.awaitFrame(f -> "connected".equals(f.path("msg").asText()));
        return d;
    }

    void send(String frame) { socket.sendText(frame, true).join(); }

    /** Sends a frame the server may cut off mid-way (an oversized one); false when it did. */
    boolean trySend(String frame) {
        try {
            send(frame);
            return true;
        } catch (java.util.concurrent.CompletionException cut) {
            return false;
        }
    }

    /** Sends a binary frame the server may cut off mid-way (an oversized one); false when it did. */
    boolean trySendBinary(byte[] payload) {
        try {
            socket.sendBinary(java.nio.ByteBuffer.wrap(payload), true).join();
            return true;
        } catch (java.util.concurrent.CompletionException cut) {
            return false;
        }
    }

    void send(Object frame) {
        try {
            send(JSON.writeValueAsString(frame));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The next frame, as text; fails after 5 s. */
    String nextText() {
        try {
            String f = inbox.poll(5, TimeUnit.SECONDS);
            if (f == null) throw new AssertionError("no frame within 5 s; seen so far: " + seen);
            seen.add(f);
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    JsonNode next() { return parse(nextText()); }

    /** Every frame taken from the inbox so far, as text. */
    List<String> seenText() { return List.copyOf(seen); }

    /** Skips frames until one matches; fails after 5 s without one. */
    JsonNode awaitFrame(Predicate<JsonNode> match) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            JsonNode f = next();
            if (match.test(f)) return f;
        }
        throw new AssertionError("no matching frame within 5 s; seen: " + seen);
    }

    /** The frames received within {@code millis} from now, without waiting for more. */
    List<JsonNode> drain(long millis) {
        List<JsonNode> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (String f; (f = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
                seen.add(f);
                out.add(parse(f));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** Calls a method and returns its {@code result} frame (after checking {@code updated} follows). */
    JsonNode call(String id, String method, Object... params) {
        send(java.util.Map.of("msg", "method", "method", method, "params", List.of(params), "id", id));
        JsonNode result = awaitFrame(f -> "result".equals(f.path("msg").asText()) && id.equals(f.path("id").asText()));
        awaitFrame(f -> "updated".equals(f.path("msg").asText()));
        return result;
    }

    /** Subscribes and returns the answer ({@code ready} or {@code nosub}). */
    JsonNode sub(String id, String name, String eventName, Object extra) {
        send(java.util.Map.of("msg", "sub", "id", id, "name", name,
                "params", List.of(eventName, java.util.Map.of("useCollection", false, "args", List.of(extra)))));
        return awaitFrame(f -> ("ready".equals(f.path("msg").asText()) && f.path("subs").path(0).asText().equals(id))
                || ("nosub".equals(f.path("msg").asText()) && id.equals(f.path("id").asText())));
    }

    /** Waits for the next stream event of a collection and event name. */
    JsonNode awaitEvent(String collection, String eventName) {
        return awaitFrame(f -> "changed".equals(f.path("msg").asText()) && collection.equals(f.path("collection").asText())
                && eventName.equals(f.path("fields").path("eventName").asText()));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    void abort() { socket.abort(); }

    /** Stops reading from the socket, as a stuck client would; the server's writes pile up. */
    void pause() { paused = true; }

    /** Reads again. */
    void unpause() {
        paused = false;
        WebSocket ws = stalled;
        if (ws != null) ws.request(Long.MAX_VALUE);
    }

    /**
     * Makes {@link #close} log out first, so the server lets go of the user's presence before the next test
     * runs, not whenever it gets round to the closed socket (which could come after that test set the user
     * online again).
     */
    RawDdp logoutOnClose() {
        logoutOnClose = true;
        return this;
    }

    @Override
    public void close() {
        try {
            if (logoutOnClose) call("logout-on-close", "logout");
        } finally {
            socket.abort();
        }
    }
}
