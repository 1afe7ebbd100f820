package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Properties;
import java.util.List;
import java.util.Map;

/**
 * A filter on one property ({@code filters.properties.<namespace>.<name>}, §3.9.1, C22): a list value
 * counts as its elements, an absent property as no value. Immutable.
 */
public record PropertyFilter(String namespace, String name, ValueFilter filter) {

    public boolean matches(Properties properties) {
        Map<String, Object> values = properties.namespaces().get(namespace);
        Object value = values == null ? null : values.get(name);
        List<?> actual = value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
        return filter.matches(actual);
    }

    public static boolean all(List<PropertyFilter> filters, Properties properties) {
        return filters.stream().allMatch(f -> f.matches(properties));
    }
}
