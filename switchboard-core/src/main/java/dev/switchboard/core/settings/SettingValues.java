package dev.switchboard.core.settings;

import dev.switchboard.core.error.Invalid;
import java.util.List;
import java.util.Optional;

/** Checks and converts values written to settings. Stateless. */
final class SettingValues {
    private SettingValues() {}

    /** The settings API: the value must already have the right JSON type. */
    static Object strict(SettingDefinition d, Object value) {
        Object v = switch (d.type()) {
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case INT -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.longValue() : null;
            case STRING, COLOR -> value instanceof String ? value : null;
            case SELECT -> value instanceof String s && d.options().contains(s) ? s : null;
            case MULTI_SELECT -> allowedList(d, value);
        };
        if (v == null) {
            throw new Invalid("error-invalid-setting-value", "Invalid value for setting " + d.id());
        }
        return v;
    }

    /**
     * Appearance writes (rocketchat-livechat.md §2.8): booleans from true/"true", ints parsed from
     * strings (0 when unparsable), multi-selects skipped when not an allowed list, others as given.
     */
    static Optional<Object> lenient(SettingDefinition d, Object value) {
        return switch (d.type()) {
            case BOOLEAN -> Optional.of(Boolean.TRUE.equals(value) || "true".equals(value));
            case INT -> Optional.of(toLong(value));
            case MULTI_SELECT -> Optional.ofNullable(allowedList(d, value));
            default -> Optional.ofNullable(value);
        };
    }

    private static long toLong(Object value) {
        if (value instanceof Number n) return n.longValue();
        if (value instanceof String s) {
            String digits = s.trim().replaceFirst("^([+-]?\\d+).*$", "$1");
            try { return Long.parseLong(digits); } catch (NumberFormatException e) { return 0; }
        }
        return 0;
    }

    private static List<String> allowedList(SettingDefinition d, Object value) {
        if (!(value instanceof List<?> list)) return null;
        for (Object o : list) {
            if (!(o instanceof String s) || (!d.options().isEmpty() && !d.options().contains(s))) return null;
        }
        @SuppressWarnings("unchecked") List<String> strings = (List<String>) list;
        return List.copyOf(strings);
    }
}
