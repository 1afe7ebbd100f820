package dev.switchboard.api.livechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.agentchat.NewEvent;
import dev.switchboard.core.model.Properties;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an event a client sends (§3.7.3, §4.13) into a {@link NewEvent}: {@code type} is required
 * (the SDK leaves it out when the caller did); the client's {@code created_at} and {@code author_id}
 * are ignored (P3); {@code null}s of the SDK's whole-struct serialisation are absent (P2). Message text
 * is at most 16 KB of UTF-8 (§2.7).
 */
public final class EventParser {
    public static final int MAX_TEXT_BYTES = 16 * 1024;

    private EventParser() {}

    public static NewEvent parse(Payload e) {
        String type = e.optionalString("type");
        if (type == null) throw ApiError.validation("`event.type` is required");
        String visibility = e.optionalString("visibility");
        if (visibility != null && !visibility.equals("all") && !visibility.equals("agents")) {
            throw ApiError.validation("`event.visibility` must be all or agents");
        }
        boolean agentsOnly = "agents".equals(visibility);
        String customId = e.optionalString("custom_id");
        Properties properties = properties(e.object("properties"));
        Map<String, Object> payload = new LinkedHashMap<>();
        return switch (type) {
            case NewEvent.MESSAGE -> {
                String text = text(e, true);
                Payload postback = e.object("postback");
                if (postback != null) payload.put("postback", plain(postback.raw()));
                yield new NewEvent(type, text, agentsOnly, customId, properties, payload);
            }
            case NewEvent.SYSTEM_MESSAGE -> {
                String systemType = e.requiredString("system_message_type");
                payload.put("system_message_type", systemType);
                Payload vars = e.object("text_vars");
                if (vars != null) {
                    vars.raw().fields().forEachRemaining(f -> {
                        if (!f.getValue().isTextual()) throw ApiError.validation("`event.text_vars` values must be strings");
                    });
                    payload.put("text_vars", plain(vars.raw()));
                }
                String text = text(e, false);
                yield new NewEvent(type, text == null ? "" : text, agentsOnly, customId, properties, payload);
            }
            case NewEvent.RICH_MESSAGE -> rich(type, RichEventParser.richMessage(e), agentsOnly, customId, properties);
            case NewEvent.FILLED_FORM -> rich(type, RichEventParser.filledForm(e), agentsOnly, customId, properties);
            case NewEvent.CUSTOM -> rich(type, RichEventParser.custom(e), agentsOnly, customId, properties);
            case NewEvent.FILE -> {
                payload.put(NewEvent.FILE_ID, uploadId(e.requiredString("url")));
                yield new NewEvent(type, "", agentsOnly, customId, properties, payload);
            }
            default -> throw ApiError.validation("Unsupported event type: " + type);
        };
    }

    private static NewEvent rich(String type, RichEventParser.Parsed parsed, boolean agentsOnly, String customId,
                                 Properties properties) {
        return new NewEvent(type, parsed.text(), agentsOnly, customId, properties, parsed.payload());
    }

    private static String text(Payload e, boolean required) {
        String text = required ? e.string("text") : e.optionalString("text");
        if (required && (text == null || text.isBlank())) throw ApiError.validation("`event.text` is required");
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw ApiError.validation("`event.text` is longer than 16 KB");
        }
        return text;
    }

    /** The upload id in a URL {@code upload_file} returned ({@code …/file-upload/<id>/<name>}). */
    private static String uploadId(String url) {
        java.util.regex.Matcher m = UPLOAD_URL.matcher(url);
        if (!m.find()) throw ApiError.validation("`event.url` must be a URL returned by upload_file");
        return m.group(1);
    }

    private static final java.util.regex.Pattern UPLOAD_URL = java.util.regex.Pattern.compile("/file-upload/([A-Za-z0-9]+)/");

    /** Properties must be two levels deep: {@code {namespace: {name: value}}} (§3.1). */
    public static Properties properties(Payload p) {
        if (p == null) return Properties.EMPTY;
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        p.raw().fields().forEachRemaining(ns -> {
            if (!ns.getValue().isObject()) throw ApiError.validation("properties must be {namespace: {name: value}}");
            Map<String, Object> values = new LinkedHashMap<>();
            ns.getValue().fields().forEachRemaining(v -> values.put(v.getKey(), plain(v.getValue())));
            out.put(ns.getKey(), values);
        });
        return new Properties(out);
    }

    /** A JSON value as plain Java values (maps, lists, strings, numbers, booleans, null). */
    public static Object plain(JsonNode n) {
        return Wire.MAPPER.convertValue(n, Object.class);
    }
}
