package dev.switchboard.core.hours;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed period of whole days (live-agents-mediator.md §7.3), both ends inclusive; a one-day holiday
 * has {@code start == end}. Holidays override working days. Immutable.
 *
 * @param day     a label such as "Independence Day", informational only; never null (may be empty)
 * @param start   never null
 * @param end     never null, not before {@code start}
 * @param message the text day-status shows on this holiday; never null (may be empty)
 */
public record Holiday(String day, LocalDate start, LocalDate end, String message) {

    public Holiday {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(message, "message");
        if (end.isBefore(start)) {
            throw new InvalidBusinessHours("holiday " + HoursText.quoted(day) + ": end date " + end
                    + " is before start date " + start);
        }
    }

    /** Whether the date falls in this holiday, ends included. */
    public boolean covers(LocalDate date) { return !date.isBefore(start) && !date.isAfter(end); }
}
