package dev.switchboard.client.rocketchat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP layer of {@link RocketChatLivechat}: one JDK {@link HttpClient} shared by every client instance
 * (HTTP/1.1, 10 s connect timeout, 30 s per request), the login session, and JSON in and out. Thread-safe.
 */
final class HttpTransport {
    static final String API_PREFIX = "/api/v1/";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The credentials obtained by login, sent as {@code X-User-Id} / {@code X-Auth-Token}. */
    record Session(String userId, String authToken) {}

    private final String base;
    private final AtomicReference<Session> session = new AtomicReference<>();

    HttpTransport(URI serverUrl) {
        String text = serverUrl.toString();
        if (serverUrl.getScheme() == null || serverUrl.getHost() == null) {
            throw new IllegalArgumentException("server URL must be absolute, like http://127.0.0.1:3000: " + text);
        }
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    Session session() {
        return session.get();
    }

    void session(Session value) {
        session.set(value);
    }

    /**
     * Calls {@code /api/v1/<endpoint><query>} with an optional JSON body and returns the parsed body on 2xx.
     *
     * @throws RocketChatException on any other status
     */
    JsonNode call(String method, String endpoint, QueryString query, Object body) {
        String json = body == null ? null : Json.write(body);
        RawResponse response = send(method, API_PREFIX + endpoint + query, json, Map.of());
        if (!response.isSuccessful()) {
            throw new RocketChatException(response.status(), Json.tryParse(response.body()), response.body());
        }
        return Json.parse(response.body());
    }

    /**
     * Sends one request and returns whatever comes back. A {@code pathAndQuery} starting with {@code /} is
     * taken from the server root; otherwise it is relative to {@code /api/v1/}. A non-null body is sent
     * with {@code Content-Type: application/json} unless {@code extraHeaders} names another one.
     */
    RawResponse send(String method, String pathAndQuery, String body, Map<String, String> extraHeaders) {
        BinaryResponse r = sendBytes(method, pathAndQuery, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                extraHeaders);
        return new RawResponse(r.status(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
    }

    /**
     * Like {@link #call}, for a body of bytes with its own {@code Content-Type} and extra headers.
     *
     * @throws RocketChatException on any status but 2xx
     */
    JsonNode callBytes(String method, String endpoint, byte[] body, Map<String, String> headers) {
        BinaryResponse response = sendBytes(method, API_PREFIX + endpoint, body, headers);
        String text = response.text();
        if (!response.isSuccessful()) throw new RocketChatException(response.status(), Json.tryParse(text), text);
        return Json.parse(text);
    }

    /** {@link #send} with the bodies as bytes. */
    BinaryResponse sendBytes(String method, String pathAndQuery, byte[] body, Map<String, String> extraHeaders) {
        String path = pathAndQuery.startsWith("/") ? pathAndQuery : API_PREFIX + pathAndQuery;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json")
                .header("User-Agent", "switchboard-client");
        Session current = session.get();
        if (current != null) {
            request.header("X-User-Id", current.userId()).header("X-Auth-Token", current.authToken());
        }
        Map<String, String> extra = extraHeaders == null ? Map.of() : extraHeaders;
        boolean typed = extra.keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase);
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        extra.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(method + " " + path + " interrupted"));
        }
    }
}
