package dev.switchboard.core.hours;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms of business-hours values (live-agents-mediator.md §7.3): times {@code H:MM} or
 * {@code HH:MM} on a 24-hour clock, dates {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, weekdays in
 * English. Each parser returns empty for text it does not accept, so that callers can name the field
 * in their message. Stateless.
 */
public final class HoursText {
    /**
     * {@code 24:00} as an end time means "until midnight". Without it a day could never be open in
     * its last minute, because end times are exclusive.
     */
    public static final String END_OF_DAY = "24:00";

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern DMY_DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

    private HoursText() {}

    /** A start time: {@code 8:00}, {@code 08:00} … {@code 23:59}. */
    public static Optional<LocalTime> startTime(String text) {
        if (text == null) return Optional.empty();
        Matcher m = TIME.matcher(text);
        if (!m.matches()) return Optional.empty();
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** An end time: like a start time, or {@link #END_OF_DAY}, which is {@link LocalTime#MAX}. */
    public static Optional<LocalTime> endTime(String text) {
        return END_OF_DAY.equals(text) ? Optional.of(LocalTime.MAX) : startTime(text);
    }

    /** A calendar date, ISO {@code 2024-09-15} or day first {@code 15/09/2024}. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) return Optional.empty();
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            Matcher dmy = DMY_DATE.matcher(text);
            if (dmy.matches()) return Optional.of(LocalDate.of(num(dmy, 3), num(dmy, 2), num(dmy, 1)));
        } catch (DateTimeException noSuchDay) {
            // 31/02/2024 and the like: not a date.
        }
        return Optional.empty();
    }

    /** An English weekday name, any case: {@code monday} … {@code sunday}. */
    public static Optional<DayOfWeek> weekday(String text) {
        if (text == null) return Optional.empty();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(text)) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** The weekday as configurations and day-status answers spell it: {@code monday}. */
    public static String name(DayOfWeek day) { return day.name().toLowerCase(Locale.ROOT); }

    /** A value quoted for an error message, cut short so that a huge value cannot flood the answer. */
    static String quoted(String value) {
        if (value == null) return "null";
        return "'" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'";
    }

    private static int num(Matcher m, int group) { return Integer.parseInt(m.group(group)); }
}
