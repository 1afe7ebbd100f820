package dev.switchboard.client.rocketchat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Builds a URL-encoded query string the way Rocket.Chat clients send it: a collection value becomes
 * {@code key[]=v1&key[]=v2}, a map value is JSON-encoded into one parameter, anything else is its
 * {@code toString()}; {@code null} values are left out. Keys and values are percent-encoded (space as
 * {@code %20}), so the brackets travel as {@code %5B%5D}, which every server decodes back to {@code key[]}.
 */
final class QueryString {
    private final StringBuilder text = new StringBuilder();

    static QueryString of(Map<String, ?> params) {
        return new QueryString().addAll(params);
    }

    static QueryString empty() {
        return new QueryString();
    }

    QueryString add(String key, Object value) {
        if (value instanceof Collection<?> values) {
            for (Object item : values) {
                if (item != null) {
                    append(key + "[]", scalar(item));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            append(key, Json.write(map));
        } else if (value != null) {
            append(key, scalar(value));
        }
        return this;
    }

    QueryString addAll(Map<String, ?> params) {
        if (params != null) {
            params.forEach(this::add);
        }
        return this;
    }

    /** The query with its leading {@code ?}, or the empty string when there are no parameters. */
    @Override
    public String toString() {
        return text.isEmpty() ? "" : "?" + text;
    }

    /** Percent-encodes one path segment or query component (RFC 3986 style: space is {@code %20}). */
    static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String scalar(Object value) {
        return value instanceof Map<?, ?> || value instanceof Collection<?> ? Json.write(value) : value.toString();
    }

    private void append(String key, String value) {
        if (!text.isEmpty()) {
            text.append('&');
        }
        text.append(encode(key)).append('=').append(encode(value));
    }
}
