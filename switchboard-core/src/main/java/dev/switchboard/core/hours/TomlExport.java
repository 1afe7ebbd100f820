package dev.switchboard.core.hours;

import java.util.regex.Pattern;

/** Writes {@link BusinessHours} as the TOML of {@link BusinessHoursToml}, every value a basic string. Stateless. */
final class TomlExport {
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private TomlExport() {}

    /**
     * Writes the definition in the layout of §13.4, under the top-level table {@code table}. Parsing
     * the result gives back an equal definition.
     */
    static String write(BusinessHours hours, String table) {
        String t = BARE_KEY.matcher(table).matches() ? table : quote(table);
        StringBuilder out = new StringBuilder();
        out.append('[').append(t).append("]\n");
        line(out, "time_zone", hours.zone().getId());
        line(out, "workingDayMessage", hours.workingDayMessage());
        for (WorkingDay w : hours.workingDays()) {
            out.append("\n[[").append(t).append(".days.workingDays]]\n");
            line(out, "day", HoursText.name(w.day()));
            line(out, "start_time", w.startText());
            line(out, "end_time", w.endText());
        }
        for (Holiday h : hours.holidays()) {
            out.append("\n[[").append(t).append(".days.holidays]]\n");
            line(out, "day", h.day());
            line(out, "start_date", h.start().toString());
            line(out, "end_date", h.end().toString());
            line(out, "message", h.message());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(" = ").append(quote(value)).append('\n');
    }

    /** A TOML basic string: quotes, backslashes and control characters escaped. */
    static String quote(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) s.append(String.format("\\u%04X", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
