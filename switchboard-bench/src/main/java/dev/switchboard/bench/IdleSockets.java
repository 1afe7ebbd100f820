package dev.switchboard.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many idle visitor sockets, as the widget leaves them between messages: DDP {@code connect}, then
 * {@code livechat:setUpConnection} with the visitor's token, then only answering the server's pings.
 * This uses the JDK WebSocket directly rather than {@code DdpClient}: tens of thousands of full clients
 * (event thread, resume state, timers) would measure the load generator instead of the node. Sockets
 * are spread over several loopback source addresses (127.0.0.1…n) so the ephemeral-port range
 * (about 28,000 ports per source address and destination) is not the limit. Thread-safe.
 */
final class IdleSockets implements AutoCloseable {
    private static final int HANDSHAKES_IN_FLIGHT = 256;

    private final List<HttpClient> clients = new ArrayList<>();
    private final ConcurrentLinkedQueue<WebSocket> open = new ConcurrentLinkedQueue<>();
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Semaphore inFlight = new Semaphore(HANDSHAKES_IN_FLIGHT);
    private volatile long lastHeldAt = System.nanoTime();

    IdleSockets(int sourceAddresses) {
        for (int i = 1; i <= sourceAddresses; i++) {
            try {
                clients.add(HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + i))
                        .connectTimeout(Duration.ofSeconds(10)).build());
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Opens {@code count} more sockets to {@code url}, waiting up to {@code within}; answers how many are held. */
    long open(String url, int count, Duration within) {
        URI uri = URI.create(url.replaceFirst("^http", "ws") + "/websocket");
        long deadline = System.nanoTime() + within.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            try {
                if (!inFlight.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            clients.get(i % clients.size()).newWebSocketBuilder().buildAsync(uri, new Visitor())
                    .whenComplete((ws, error) -> {
                        if (error != null) {
                            failed.incrementAndGet();
                            inFlight.release();
                        } else {
                            open.add(ws);
                        }
                    });
        }
        while (inFlight.availablePermits() < HANDSHAKES_IN_FLIGHT && System.nanoTime() < deadline) {
            Sleep.of(Duration.ofMillis(20));
        }
        return held.get();
    }

    long held() { return held.get(); }

    /** When the last socket so far completed its set-up ({@link System#nanoTime()}). */
    long lastHeldAt() { return lastHeldAt; }

    long failed() { return failed.get(); }

    @Override
    public void close() {
        open.forEach(WebSocket::abort);
        clients.forEach(HttpClient::close);
    }

    /** One visitor: handshake, set-up call, then pongs. Counts itself held once the set-up call answered. */
    private final class Visitor implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private boolean setUp;

        @Override
        public void onOpen(WebSocket ws) {
            ws.sendText("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\"]}", true);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.contains("\"connected\"")) {
                    ws.sendText("{\"msg\":\"method\",\"id\":\"1\",\"method\":\"livechat:setUpConnection\",\"params\":[{\"token\":\""
                            + UUID.randomUUID() + "\"}]}", true);
                } else if (frame.contains("\"ping\"")) {
                    ws.sendText("{\"msg\":\"pong\"}", true);
                } else if (frame.contains("\"result\"") && !setUp) {
                    setUp = true;
                    held.incrementAndGet();
                    lastHeldAt = System.nanoTime();
                    inFlight.release();
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (!setUp) {
                failed.incrementAndGet();
                inFlight.release();
            } else {
                held.decrementAndGet();
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (setUp) held.decrementAndGet();
            else { failed.incrementAndGet(); inFlight.release(); }
            return null;
        }
    }
}
