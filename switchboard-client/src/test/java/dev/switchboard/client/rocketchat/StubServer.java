package dev.switchboard.client.rocketchat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A tiny recording HTTP server on 127.0.0.1: answers each request with the next queued reply (default 200 success). */
final class StubServer implements AutoCloseable {

    /** One request as it arrived on the wire. */
    record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headerValues(name);
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> headerValues(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The query split on {@code &} and percent-decoded, in wire order, e.g. {@code ["agents[]=a1", …]}. */
        List<String> decodedQuery() {
            List<String> parts = new ArrayList<>();
            if (rawQuery != null) {
                for (String part : rawQuery.split("&")) {
                    parts.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
                }
            }
            return parts;
        }
    }

    /** A canned reply. */
    record Reply(int status, String contentType, String body) {}

    private final HttpServer server;
    private final LinkedBlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();

    StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    StubServer reply(int status, String json) {
        return reply(status, "application/json", json);
    }

    StubServer reply(int status, String contentType, String body) {
        replies.add(new Reply(status, contentType, body));
        return this;
    }

    /** The oldest request not yet taken. */
    Recorded take() throws InterruptedException {
        Recorded next = requests.poll(5, java.util.concurrent.TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no request reached the stub server");
        }
        return next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        URI uri = exchange.getRequestURI();
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply = replies.poll();
        if (reply == null) {
            reply = new Reply(200, "application/json", "{\"success\":true}");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("X-Stub", "yes");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
