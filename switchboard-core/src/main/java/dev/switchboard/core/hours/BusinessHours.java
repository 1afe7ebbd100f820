package dev.switchboard.core.hours;

import dev.switchboard.core.hours.DayStatus.DayType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a department (or a mediator project in a country) takes new chats: weekly working windows and
 * holidays in one time zone, as in the TOML files of live-agents-mediator.md §7.1. Evaluation is pure
 * and takes the instant as an argument, so callers inject their clock. Immutable and thread-safe.
 *
 * @param zone              never null; {@code Etc/GMT+6} is UTC−6 (POSIX sign), real zones bring their DST
 * @param workingDayMessage the message of working days and of weekdays without windows; never null
 * @param workingDays       never null; several entries for one weekday are a split shift (their union counts)
 * @param holidays          never null; the first one covering a date wins
 */
public record BusinessHours(ZoneId zone, String workingDayMessage, List<WorkingDay> workingDays,
                            List<Holiday> holidays) {

    /** Ordering of one weekday's windows for the choice of the window day-status shows. */
    private static final Comparator<WorkingDay> BY_START = Comparator.comparing(WorkingDay::start)
            .thenComparing(WorkingDay::end);

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDayMessage, "workingDayMessage");
        workingDays = List.copyOf(workingDays);
        holidays = List.copyOf(holidays);
    }

    /**
     * The day status at an instant, exactly by the algorithm of §7.4: a holiday covering the local date
     * wins; else the weekday's windows decide; a weekday without windows is a non-working "holiday".
     * Of a working day's windows it shows the one containing the instant, else the next one later
     * that day, else the day's last one (by start time).
     */
    public DayStatus dayStatus(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        String dayName = HoursText.name(local.getDayOfWeek());
        String zoneName = zone.getId();
        for (Holiday h : holidays) {
            if (h.covers(today)) {
                return new DayStatus(zoneName, dayName, DayType.HOLIDAY, h.start(), h.end(), null, null, false,
                        h.message());
            }
        }
        List<WorkingDay> windows = workingDays.stream().filter(w -> w.day() == local.getDayOfWeek())
                .sorted(BY_START).toList();
        if (windows.isEmpty()) {
            return new DayStatus(zoneName, dayName, DayType.HOLIDAY, today, today, null, null, false,
                    workingDayMessage);
        }
        LocalTime time = local.toLocalTime();
        WorkingDay shown = windows.stream().filter(w -> w.contains(time)).findFirst()
                .or(() -> windows.stream().filter(w -> w.start().isAfter(time)).findFirst())
                .orElse(windows.getLast());
        return new DayStatus(zoneName, dayName, DayType.WORKINGDAY, today, today, shown.startText(), shown.endText(),
                shown.contains(time), workingDayMessage);
    }

    /** Whether new chats are taken at the instant: day-status's {@code is_registration_available}. */
    public boolean isOpen(Instant now) { return dayStatus(now).registrationAvailable(); }

    /**
     * The first instant after {@code now} at which {@link #isOpen} changes, looking at most
     * {@value NextChange#HORIZON_DAYS} days ahead, so that a caller can schedule its next check.
     * Exact across daylight-saving changes.
     *
     * @return empty when the state stays the same over that horizon (e.g. no working days at all)
     */
    public Optional<Instant> nextChange(Instant now) { return NextChange.after(this, now); }
}
