package dev.switchboard.api.livechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A request payload read by the spec's leniency rules (§2.3): unknown keys are ignored (P1), {@code null}
 * is the same as absent (P2), a missing boolean is its default (P10). A key present with the wrong JSON
 * type is a {@code validation} error naming it. Not thread-safe; one per request.
 */
public final class Payload {
    private final ObjectNode node;
    private final String path;

    public Payload(JsonNode node) { this(node, ""); }

    private Payload(JsonNode node, String path) {
        if (!node.isObject()) throw ApiError.validation(path.isEmpty() ? "Payload must be an object" : "`" + path + "` must be an object");
        this.node = (ObjectNode) node;
        this.path = path;
    }

    public ObjectNode raw() { return node; }

    /** The key's value, or null when absent or {@code null}. */
    public JsonNode get(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    public boolean has(String key) { return get(key) != null; }

    /** A string, or null when absent ({@code ""} stays {@code ""}). */
    public String string(String key) {
        JsonNode v = get(key);
        if (v == null) return null;
        if (!v.isTextual()) throw wrongType(key, "a string");
        return v.asText();
    }

    /** A string where {@code ""} also means absent (spec P5, P11). */
    public String optionalString(String key) {
        String s = string(key);
        return s == null || s.isEmpty() ? null : s;
    }

    /** A non-empty string. */
    public String requiredString(String key) {
        String s = optionalString(key);
        if (s == null) throw ApiError.validation("`" + name(key) + "` is required");
        return s;
    }

    public boolean bool(String key, boolean absent) {
        JsonNode v = get(key);
        if (v == null) return absent;
        if (!v.isBoolean()) throw wrongType(key, "a boolean");
        return v.asBoolean();
    }

    /** A boolean that may be absent (null). */
    public Boolean optionalBool(String key) {
        JsonNode v = get(key);
        if (v == null) return null;
        if (!v.isBoolean()) throw wrongType(key, "a boolean");
        return v.asBoolean();
    }

    /** A non-negative integer, or {@code absent}. */
    public long unsigned(String key, long absent) {
        JsonNode v = get(key);
        if (v == null) return absent;
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) throw wrongType(key, "a non-negative integer");
        return v.asLong();
    }

    /** A nested object, or null when absent. */
    public Payload object(String key) {
        JsonNode v = get(key);
        if (v == null) return null;
        if (!v.isObject()) throw wrongType(key, "an object");
        return new Payload(v, name(key));
    }

    /** An array's elements, or null when absent. */
    public List<JsonNode> array(String key) {
        JsonNode v = get(key);
        if (v == null) return null;
        if (!v.isArray()) throw wrongType(key, "an array");
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** An array of strings, or null when absent. */
    public List<String> strings(String key) {
        List<JsonNode> items = array(key);
        if (items == null) return null;
        List<String> out = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (!item.isTextual()) throw wrongType(key, "an array of strings");
            out.add(item.asText());
        }
        return out;
    }

    /** A time per P12, or null when absent or the zero time the SDK sends for "not set". */
    public Instant time(String key) {
        String s = string(key);
        if (s == null) return null;
        Instant t = Times.parse(s).orElseThrow(() -> ApiError.validation("`" + name(key) + "` must be an RFC 3339 time"));
        return Times.isZero(t) ? null : t;
    }

    private ApiError wrongType(String key, String what) {
        return ApiError.validation("`" + name(key) + "` must be " + what);
    }

    private String name(String key) { return path.isEmpty() ? key : path + "." + key; }
}
