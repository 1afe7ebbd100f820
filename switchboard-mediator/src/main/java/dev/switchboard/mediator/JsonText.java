package dev.switchboard.mediator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The mediator's one JSON codec (Jackson, thread-safe once configured). */
public final class JsonText {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unserializable value", e);
        }
    }

    /** A JSON object, or null for anything else (malformed text, an array, a scalar). */
    public static Map<?, ?> object(String text) {
        try {
            return MAPPER.readValue(text, Object.class) instanceof Map<?, ?> m ? m : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The decoded JSON value of {@code text}, or the text itself when it is not JSON (a receiver's plain answer). */
    public static Object parsedOrText(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return text;
        }
    }
}
