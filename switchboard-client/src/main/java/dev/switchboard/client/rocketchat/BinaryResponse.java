package dev.switchboard.client.rocketchat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response with its body as bytes, whatever its status: returned by
 * {@link RocketChatLivechat#download}.
 *
 * @param status  the HTTP status code
 * @param headers the response headers; lookups ignore case
 * @param body    the body exactly as received (empty when there is none)
 */
public record BinaryResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies the headers into an unmodifiable, case-insensitive map. */
    public BinaryResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or {@code null} when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text (for error bodies, which are JSON). */
    public String text() { return new String(body, java.nio.charset.StandardCharsets.UTF_8); }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() { return status >= 200 && status < 300; }
}
