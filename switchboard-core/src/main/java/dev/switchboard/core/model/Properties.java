package dev.switchboard.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LiveChat properties: always two levels, {@code {namespace: {name: value}}}, where a value is any
 * JSON value read as plain Java (String, Number, Boolean, List, Map, null). Immutable; the
 * operations return changed copies. Kept in insertion order so that clients see what they wrote.
 */
public record Properties(Map<String, Map<String, Object>> namespaces) {
    public static final Properties EMPTY = new Properties(Map.of());

    public Properties {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        namespaces.forEach((ns, values) -> copy.put(ns, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        namespaces = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() { return namespaces.isEmpty(); }

    /** These properties with {@code update}'s values set (merged per namespace). */
    public Properties merged(Properties update) {
        Map<String, Map<String, Object>> out = mutableCopy();
        update.namespaces.forEach((ns, values) -> out.computeIfAbsent(ns, k -> new LinkedHashMap<>()).putAll(values));
        return new Properties(out);
    }

    /** These properties without the named ones; a namespace left empty disappears. */
    public Properties without(Map<String, List<String>> names) {
        Map<String, Map<String, Object>> out = mutableCopy();
        names.forEach((ns, keys) -> {
            Map<String, Object> values = out.get(ns);
            if (values == null) return;
            keys.forEach(values::remove);
            if (values.isEmpty()) out.remove(ns);
        });
        return new Properties(out);
    }

    private Map<String, Map<String, Object>> mutableCopy() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        namespaces.forEach((ns, values) -> out.put(ns, new LinkedHashMap<>(values)));
        return out;
    }
}
