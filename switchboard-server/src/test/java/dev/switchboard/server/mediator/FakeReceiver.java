package dev.switchboard.server.mediator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A local HTTP server standing in for RapidPro or a webhook receiver: it records every request and
 * answers with a scripted status (by request number), optionally after a delay. Thread-safe.
 */
final class FakeReceiver implements AutoCloseable {
    /** One recorded request; {@code status} is what it was answered. */
    record Request(String method, String path, Map<String, List<String>> headers, String body, int status) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator script = n -> 200;
    private volatile long delayMillis;
    private volatile java.util.function.Function<String, String> bodies = path -> "{\"ok\":true}";

    FakeReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = script.applyAsInt(count.incrementAndGet());
            long delay = delayMillis;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body, status));
            byte[] answer = bodies.apply(path).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    /** @param script the status for the n-th request (1-based) */
    FakeReceiver answer(IntUnaryOperator script) {
        this.script = script;
        return this;
    }

    /** @param bodies the answer's body for a request path (with its query) */
    FakeReceiver bodies(java.util.function.Function<String, String> bodies) {
        this.bodies = bodies;
        return this;
    }

    FakeReceiver delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    List<Request> requests() { return List.copyOf(requests); }

    /** The requests answered 2xx. */
    List<Request> accepted() { return requests.stream().filter(r -> r.status() / 100 == 2).toList(); }

    @Override
    public void close() { server.stop(0); }
}
