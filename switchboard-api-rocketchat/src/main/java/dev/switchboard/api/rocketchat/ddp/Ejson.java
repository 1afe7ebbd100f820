package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;

/**
 * The DDP JSON mapper: every date is EJSON {@code {"$date": <epoch ms>}}, which widget 1.13.3
 * requires on every frame (rocketchat-livechat.md §5.4); nesting is bounded so a hostile frame can't
 * exhaust the stack.
 */
final class Ejson {
    static final ObjectMapper MAPPER = create();

    private Ejson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unserializable DDP value", e);
        }
    }

    /** @return null when the text is not one JSON value */
    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException malformed) {
            return null;
        }
    }

    private static ObjectMapper create() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        m.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeNumberField("$date", v.toEpochMilli());
                g.writeEndObject();
            }
        });
        m.registerModule(dates);
        return m;
    }
}
