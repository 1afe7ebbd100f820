package dev.switchboard.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * The JSON kept in TEXT columns (roles, tags, custom fields, event attributes, setting values).
 * Untyped numbers come back as Long or Double, never Integer, so values compare the same after a
 * round trip whatever size they had. Thread-safe.
 */
public final class Json {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> OBJECT_MAP = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, String>>> STRING_MAP_LIST = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            // Stable text for equal values: easier to read, diff and compare in the database.
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The JSON text of a JSON-shaped value (null becomes JSON {@code null}). */
    public String write(Object value) {
        // Most tags, custom fields and attributes are empty: no need to run the mapper for those.
        if (value instanceof Map<?, ?> m && m.isEmpty()) return "{}";
        if (value instanceof List<?> l && l.isEmpty()) return "[]";
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value is not JSON-shaped: " + value.getClass().getName(), e);
        }
    }

    /** A JSON-shaped Java value: String, Boolean, Long, Double, List, Map, or null. */
    public Object value(String text) { return read(text, Object.class); }

    /** An object of strings; an empty map for SQL NULL. */
    public Map<String, String> stringMap(String text) {
        return text == null || text.equals("{}") ? Map.of() : read(text, mapper.getTypeFactory().constructType(STRING_MAP));
    }

    /** An object of JSON-shaped values; an empty map for SQL NULL. */
    public Map<String, Object> objectMap(String text) {
        return text == null || text.equals("{}") ? Map.of() : read(text, mapper.getTypeFactory().constructType(OBJECT_MAP));
    }

    /** An array of strings; an empty list for SQL NULL. */
    public List<String> stringList(String text) {
        return text == null || text.equals("[]") ? List.of() : read(text, mapper.getTypeFactory().constructType(STRING_LIST));
    }

    /** An array of objects of strings (LiveChat session fields); an empty list for SQL NULL. */
    public List<Map<String, String>> stringMapList(String text) {
        return text == null || text.equals("[]") ? List.of() : read(text, mapper.getTypeFactory().constructType(STRING_MAP_LIST));
    }

    private <T> T read(String text, Class<T> type) {
        return read(text, mapper.getTypeFactory().constructType(type));
    }

    private <T> T read(String text, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            // Only the store writes these columns, so unreadable JSON means a damaged database.
            throw new IllegalStateException("unreadable JSON in the database: " + text, e);
        }
    }
}
