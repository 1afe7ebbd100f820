package dev.switchboard.core.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening window on one weekday (live-agents-mediator.md §7.3): {@code start} inclusive,
 * {@code end} exclusive, never across midnight. A weekday may have several windows (split shifts).
 * The texts are kept as written ({@code "8:00"}), because day-status answers echo them. An end of
 * {@link LocalTime#MAX} is written {@code "24:00"} and means "until midnight". Immutable.
 *
 * @param day       never null
 * @param start     never null, before {@code end}
 * @param end       never null
 * @param startText never null; parses to {@code start}
 * @param endText   never null; parses to {@code end}
 */
public record WorkingDay(DayOfWeek day, LocalTime start, LocalTime end, String startText, String endText) {

    public WorkingDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(startText, "startText");
        Objects.requireNonNull(endText, "endText");
        if (!end.isAfter(start)) {
            throw new InvalidBusinessHours(HoursText.name(day) + ": end " + endText + " must be after start " + startText);
        }
    }

    /**
     * Parses the texts.
     *
     * @throws InvalidBusinessHours when a time is not {@code H:MM}/{@code HH:MM} or the end is not after the start
     */
    public static WorkingDay of(DayOfWeek day, String start, String end) {
        LocalTime s = HoursText.startTime(start).orElseThrow(
                () -> new InvalidBusinessHours("start " + HoursText.quoted(start) + " is not a time H:MM or HH:MM"));
        LocalTime e = HoursText.endTime(end).orElseThrow(
                () -> new InvalidBusinessHours("end " + HoursText.quoted(end) + " is not a time H:MM, HH:MM or 24:00"));
        return new WorkingDay(day, s, e, start, end);
    }

    /** Whether the local time lies in this window: start inclusive, end exclusive. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && (end.equals(LocalTime.MAX) || time.isBefore(end));
    }

    /** Where the window opens on a date (of this window's weekday). */
    LocalDateTime startOn(LocalDate date) { return date.atTime(start); }

    /** Where the window closes on a date: midnight after it for {@code 24:00}. */
    LocalDateTime endOn(LocalDate date) {
        return end.equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay() : date.atTime(end);
    }
}
