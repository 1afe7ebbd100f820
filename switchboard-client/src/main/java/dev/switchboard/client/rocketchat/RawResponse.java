package dev.switchboard.client.rocketchat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response exactly as received, whatever its status: returned by {@link RocketChatLivechat#raw}.
 *
 * @param status  the HTTP status code
 * @param headers the response headers; lookups ignore case
 * @param body    the body text (empty when there is none)
 */
public record RawResponse(int status, Map<String, List<String>> headers, String body) {

    /** Copies the headers into an unmodifiable, case-insensitive map. */
    public RawResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** The first value of a header, or {@code null} when absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body parsed as JSON ({@code NullNode} when empty); throws {@link java.io.UncheckedIOException} if it is not JSON. */
    public JsonNode json() {
        return Json.parse(body);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
