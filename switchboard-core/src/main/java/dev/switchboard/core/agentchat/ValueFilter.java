package dev.switchboard.core.agentchat;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LiveChat's filter on a set of values ({@code {exists? | values? | exclude_values?, require_every_value?}},
 * §3.9.1, §3.9.3), used for agents, tags, event types, properties, sales, goals and greetings. Values
 * compare by their text, with numbers in plain form ({@code 1}, {@code 1.0} and {@code "1"} are equal),
 * because clients send property values as strings, numbers or booleans. Immutable.
 *
 * @param exists        true: only items with some value; false: only items with none (nullable)
 * @param values        at least one (or, with {@code requireEveryValue}, every one) of these (nullable)
 * @param excludeValues none (or, with {@code requireEveryValue}, not all) of these (nullable)
 */
public record ValueFilter(Boolean exists, List<String> values, List<String> excludeValues, boolean requireEveryValue) {
    public ValueFilter {
        values = values == null ? null : values.stream().map(ValueFilter::text).toList();
        excludeValues = excludeValues == null ? null : excludeValues.stream().map(ValueFilter::text).toList();
    }

    public boolean matches(Collection<?> actualValues) {
        Set<String> actual = new HashSet<>();
        for (Object v : actualValues) actual.add(text(v));
        if (exists != null && exists == actual.isEmpty()) return false;
        if (values != null && !(requireEveryValue ? actual.containsAll(values) : values.stream().anyMatch(actual::contains))) {
            return false;
        }
        return excludeValues == null || !(requireEveryValue ? actual.containsAll(excludeValues)
                : excludeValues.stream().anyMatch(actual::contains));
    }

    /** A value's comparable text: numbers without trailing zeros, everything else as written. */
    public static String text(Object value) {
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        if (value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) return text(new BigDecimal(s));
        return String.valueOf(value);
    }
}
