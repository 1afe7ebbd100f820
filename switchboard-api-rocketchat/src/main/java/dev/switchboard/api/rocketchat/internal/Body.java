package dev.switchboard.api.rocketchat.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON request body (or a nested object of one) with typed accessors. Every accessor rejects a
 * value of the wrong JSON type, so an object or array can never reach a lookup where a string
 * belongs (the class of Rocket.Chat's NoSQL-injection bugs). Scalars are coerced the way upstream's
 * Ajv does ("true" → true, "50" → 50). Not thread-safe; one per request.
 */
public final class Body {
    private final JsonNode node;
    private final String path;

    private Body(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Parses a request body that must be a JSON object; an empty body counts as {}. */
    public static Body parse(byte[] raw) {
        JsonNode n = parseAny(raw);
        if (n.isMissingNode() || n.isNull()) n = Json.MAPPER.createObjectNode();
        if (!n.isObject()) throw Params.invalid("must be object");
        return new Body(n, "");
    }

    /** Parses a body of any JSON shape; an empty body is a missing node. */
    public static JsonNode parseAny(byte[] raw) {
        if (raw.length == 0) return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw Params.invalid("Invalid JSON body");
        } catch (java.io.IOException e) {
            throw Params.invalid("Unreadable body");
        }
        rejectNul(n, "");
        return n;
    }

    /** PostgreSQL can't store U+0000 in text and no client needs it: refuse it anywhere in a body. */
    private static void rejectNul(JsonNode n, String path) {
        if (n.isTextual()) {
            Params.noNul(path.isEmpty() ? "body" : path, n.textValue());
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                Params.noNul(path + e.getKey(), e.getKey());
                rejectNul(e.getValue(), path + e.getKey() + ".");
            });
        } else if (n.isArray()) {
            for (JsonNode item : n) rejectNul(item, path);
        }
    }

    public static Body of(JsonNode object, String path) { return new Body(object, path); }

    public boolean has(String name) { return node.has(name) && !node.get(name).isNull(); }

    public String requiredString(String name) {
        String s = optionalString(name);
        if (s == null) throw Params.missing(path + name);
        return s;
    }

    /** @return null when absent or JSON null */
    public String optionalString(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw Params.mustBe(path + name, "string");
        return v.textValue();
    }

    public Boolean optionalBoolean(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw Params.mustBe(path + name, "boolean");
    }

    /**
     * A whole number from 0 to {@code max}, given as a JSON number or a numeric string (Rocket.Chat's
     * admin screens send limits as strings); null when absent, JSON null or "".
     */
    public Long optionalCount(String name, long max) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || (v.isTextual() && v.textValue().isEmpty())) return null;
        long n;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            n = v.longValue();
        } else if (v.isTextual() && v.textValue().matches("\\d{1,18}")) {
            n = Long.parseLong(v.textValue());
        } else {
            throw Params.mustBe(path + name, "a whole number from 0 to " + max);
        }
        if (n < 0 || n > max) throw Params.mustBe(path + name, "a whole number from 0 to " + max);
        return n;
    }

    public List<String> optionalStringList(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw Params.mustBe(path + name, "array");
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) throw Params.mustBe(path + name + "[]", "string");
            out.add(item.textValue());
        }
        return out;
    }

    /** A nested object, or null when absent. */
    public Body optionalObject(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) throw Params.mustBe(path + name, "object");
        return new Body(v, path + name + ".");
    }

    public Body requiredObject(String name) {
        Body b = optionalObject(name);
        if (b == null) throw Params.missing(path + name);
        return b;
    }

    /** Nested objects of an array, or null when absent. */
    public List<Body> optionalObjectList(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) throw Params.mustBe(path + name, "array");
        List<Body> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isObject()) throw Params.mustBe(path + name + "[]", "object");
            out.add(new Body(item, path + name + "[]."));
        }
        return out;
    }

    /** A string-to-string map (custom fields), or null when absent. */
    public Map<String, String> optionalStringMap(String name) {
        Body b = optionalObject(name);
        if (b == null) return null;
        Map<String, String> out = new java.util.LinkedHashMap<>();
        b.node.fieldNames().forEachRemaining(k -> out.put(k, b.requiredString(k)));
        return out;
    }

    /** The raw value of a key with any JSON type (setting values). */
    public JsonNode raw(String name) { return node.get(name); }

    public ObjectNode asObject() { return (ObjectNode) node; }
}
