package dev.switchboard.core.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * {@link OutboundHttp} on {@code java.net.http.HttpClient}: a connect timeout, a per-request timeout,
 * no redirects (a moved webhook should be fixed by its operator, not silently followed). Thread-safe.
 */
public final class JdkOutboundHttp implements OutboundHttp {
    private final HttpClient client;

    public JdkOutboundHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Response send(String method, URI uri, Map<String, String> headers, String body, Duration timeout)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach(b::header);
        if (body != null) b.header("Content-Type", "application/json; charset=utf-8");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(b, timeout);
    }

    @Override
    public Response sendBytes(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach(b::header);
        b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(b, timeout);
    }

    private Response exchange(HttpRequest.Builder b, Duration timeout) throws IOException {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (HttpTimeoutException e) {
            throw new IOException("no answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
