package dev.switchboard.client.livechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP layer of {@link AgentApi}, shaped like the Go SDK's {@code internal/web_api.go}: POST a JSON
 * body to {@code <host>/v3.6/agent/action/<action>} with {@code Authorization}, {@code X-Region} (always,
 * possibly empty) and the custom headers; success is exactly 200. Thread-safe.
 */
final class AgentTransport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The Go SDK's default client timeout. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String host;
    private final Supplier<String> authorization;
    private final Map<String, String> customHeaders = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param authorization called before every request, like the SDK's {@code TokenGetter} */
    AgentTransport(URI host, Supplier<String> authorization) {
        String text = host.toString();
        this.host = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.authorization = authorization;
    }

    void header(String name, String value) {
        if (value == null || value.isEmpty()) customHeaders.remove(name);
        else customHeaders.put(name, value);
    }

    JsonNode call(String action, Object request) {
        return send(action, json(request), "application/json", true);
    }

    /** Sends {@code body} as it is, e.g. a request captured from the Go SDK or deliberately malformed. */
    JsonNode callRaw(String action, String body) {
        return send(action, body.getBytes(StandardCharsets.UTF_8), "application/json", true);
    }

    /** A multipart upload: like the SDK's, without the custom headers ({@code X-Author-Id}). */
    JsonNode upload(String action, byte[] body, String contentType) {
        return send(action, body, contentType, false);
    }

    private JsonNode send(String action, byte[] body, String contentType, boolean withCustomHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host + "/v3.6/agent/action/" + action))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", "Switchboard Java SDK")
                .header("X-Region", "")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String auth = authorization.get();
        if (auth != null) request.header("Authorization", auth);
        if (withCustomHeaders) customHeaders.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        JsonNode parsed = tryParse(response.body());
        if (response.statusCode() != 200 || parsed == null) {
            throw new AgentApiException(response.statusCode(), parsed, response.body());
        }
        return parsed;
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unserializable request", e);
        }
    }

    private static JsonNode tryParse(String text) {
        try {
            return text == null || text.isEmpty() ? null : MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
