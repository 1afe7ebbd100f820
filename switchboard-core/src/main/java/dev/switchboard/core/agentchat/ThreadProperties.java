package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.model.Thread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a Rocket.Chat room's custom fields ({@code livechatData}, {@link Thread#customFields()}) appear
 * among the LiveChat thread's properties: as the namespace {@value #CUSTOM_FIELDS}, so that both APIs
 * show and change the same data. That namespace is never stored with the other properties: reads
 * build it from the thread, writes go to the thread's custom fields, whose values are strings (a
 * non-string value there is a {@code validation} error). Pure; thread-safe.
 */
public final class ThreadProperties {
    /** The namespace holding the room's custom fields. */
    public static final String CUSTOM_FIELDS = "custom_fields";

    private ThreadProperties() {}

    /** What a client sees: the stored properties plus the custom fields namespace when there are any. */
    public static Properties of(Thread thread, Properties stored) {
        Properties rest = stored.without(Map.of(CUSTOM_FIELDS, List.copyOf(stored.namespaces()
                .getOrDefault(CUSTOM_FIELDS, Map.of()).keySet())));
        if (thread.customFields().isEmpty()) return rest;
        return rest.merged(new Properties(Map.of(CUSTOM_FIELDS, Map.copyOf(thread.customFields()))));
    }

    /** The properties to store: {@code update} without the custom fields namespace. */
    static Properties stored(Properties update) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(update.namespaces());
        out.remove(CUSTOM_FIELDS);
        return new Properties(out);
    }

    /** The thread's custom fields after {@code update}'s custom fields namespace is applied. */
    static Map<String, String> customFields(Thread thread, Properties update) {
        Map<String, Object> given = update.namespaces().get(CUSTOM_FIELDS);
        Map<String, String> out = new LinkedHashMap<>(thread.customFields());
        if (given == null) return out;
        given.forEach((name, value) -> {
            if (!(value instanceof String s)) {
                throw new Invalid("validation", "Properties in `" + CUSTOM_FIELDS + "` are Rocket.Chat custom fields: strings");
            }
            out.put(name, s);
        });
        return out;
    }

    /** The thread's custom fields without the names {@code deleted} lists under the custom fields namespace. */
    static Map<String, String> customFieldsWithout(Thread thread, Map<String, List<String>> deleted) {
        Map<String, String> out = new LinkedHashMap<>(thread.customFields());
        deleted.getOrDefault(CUSTOM_FIELDS, List.of()).forEach(out::remove);
        return out;
    }
}
