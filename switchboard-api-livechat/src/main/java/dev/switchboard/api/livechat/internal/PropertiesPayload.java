package dev.switchboard.api.livechat.internal;

import dev.switchboard.core.model.Properties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code properties} of the update and delete property actions (§3.1, §4.17–§4.22): updates are
 * {@code {namespace: {name: value}}}, deletions {@code {namespace: [name, …]}}. A {@code null} value is
 * absent (P2); at least one property must be named.
 */
public final class PropertiesPayload {
    private PropertiesPayload() {}

    /** The properties to set. */
    public static Properties update(Payload p) {
        Properties given = EventParser.properties(required(p));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        given.namespaces().forEach((ns, values) -> {
            Map<String, Object> kept = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (value != null) kept.put(name, value);
            });
            if (!kept.isEmpty()) out.put(ns, kept);
        });
        if (out.isEmpty()) throw ApiError.validation("`properties` names no property");
        return new Properties(out);
    }

    /** The property names to delete. */
    public static Map<String, List<String>> names(Payload p) {
        Payload props = required(p);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var it = props.raw().fields(); it.hasNext(); ) {
            var ns = it.next();
            if (ns.getValue().isNull()) continue;
            List<String> names = props.strings(ns.getKey());
            if (!names.isEmpty()) out.put(ns.getKey(), new ArrayList<>(names));
        }
        if (out.isEmpty()) throw ApiError.validation("`properties` names no property");
        return out;
    }

    private static Payload required(Payload p) {
        Payload props = p.object("properties");
        if (props == null) throw ApiError.validation("`properties` is required");
        return props;
    }
}
