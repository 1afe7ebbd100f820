package dev.switchboard.api.rocketchat.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The REST JSON mapper: dates as ISO-8601 UTC with exactly three fraction digits and {@code Z}
 * (rocketchat-livechat.md §1.6), bounded nesting so a hostile body can't exhaust the stack.
 */
public final class Json {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static final ObjectMapper MAPPER = create();

    private Json() {}

    public static String iso(Instant instant) { return ISO_MILLIS.format(instant); }

    private static ObjectMapper create() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        SimpleModule dates = new SimpleModule();
        dates.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(iso(v));
            }
        });
        m.registerModule(dates);
        return m;
    }
}
