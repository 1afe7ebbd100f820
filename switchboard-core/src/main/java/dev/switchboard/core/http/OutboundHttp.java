package dev.switchboard.core.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The port for HTTP calls Switchboard makes to other systems (RapidPro, webhook receivers). Tests use
 * the real implementation against a local server; the port exists so core code never sees an HTTP
 * library. Implementations are thread-safe.
 */
public interface OutboundHttp {

    /** What came back: the status and the body as text. */
    record Response(int status, String body) {
        public boolean isSuccess() { return status >= 200 && status < 300; }
    }

    /**
     * Sends a request and waits at most {@code timeout} for the whole answer.
     *
     * @param method  GET or POST
     * @param body    JSON text, or null for no body
     * @throws IOException when the receiver cannot be reached or does not answer in time
     */
    Response send(String method, URI uri, Map<String, String> headers, String body, Duration timeout) throws IOException;

    /**
     * {@link #send} with a binary body (a multipart upload, say) whose {@code Content-Type} the caller
     * puts in {@code headers}.
     *
     * @throws IOException as {@link #send}; implementations without binary bodies refuse with one
     */
    default Response sendBytes(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException {
        throw new IOException("this client sends no binary bodies");
    }
}
