package dev.switchboard.api.livechat.internal;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The adapter's JSON: requests are read as trees (unknown keys never matter, spec P1; big numbers
 * stay exact), replies are built as ordered trees. Thread-safe.
 */
public final class Wire {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Wire() {}

    public static ObjectNode object() { return JsonNodeFactory.instance.objectNode(); }

    public static ArrayNode array() { return JsonNodeFactory.instance.arrayNode(); }

    /** Parses a request body; anything but one JSON value is a {@code validation} error. */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) return object();
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? object() : node;
        } catch (IOException e) {
            throw ApiError.validation("Wrong format of request");
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unserializable reply", e);
        }
    }
}
