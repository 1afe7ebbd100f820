package dev.switchboard.core.hours;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link BusinessHours} from the text values of a file or request body, checking every rule
 * of live-agents-mediator.md §7.3 and collecting all problems before {@link #build} reports them.
 * Messages name the fields the way the source spells them ({@link Fields}), so the TOML importer and
 * the REST API each speak their own vocabulary. Not thread-safe; one per definition.
 */
public final class BusinessHoursBuilder {
    /** Upper bounds that keep one definition small; far above any real calendar. */
    public static final int MAX_WORKING_DAYS = 100;
    public static final int MAX_HOLIDAYS = 1_000;
    public static final int MAX_MESSAGE_LENGTH = 2_000;
    public static final int MAX_LABEL_LENGTH = 200;

    /**
     * How a source names the fields: the prefixes of the working-day and holiday lists and the keys in
     * their entries.
     */
    public record Fields(String timeZone, String workingDayMessage, String workingDays, String holidays,
                         String start, String end, String startDate, String endDate) {
        /** The JSON of the REST API. */
        public static final Fields JSON = new Fields("timeZone", "workingDayMessage", "workingDays", "holidays",
                "start", "end", "startDate", "endDate");

        /** The TOML of §7.1, under the top-level table {@code table} (a country code such as {@code gt}). */
        public static Fields toml(String table) {
            return new Fields(table + ".time_zone", table + ".workingDayMessage", table + ".days.workingDays",
                    table + ".days.holidays", "start_time", "end_time", "start_date", "end_date");
        }
    }

    private final Fields fields;
    private final List<String> problems = new ArrayList<>();
    private final List<WorkingDay> workingDays = new ArrayList<>();
    private final List<Holiday> holidays = new ArrayList<>();
    /** Fields already reported as mistyped, which need no second "is required". */
    private final java.util.Set<String> mistyped = new java.util.HashSet<>();
    private ZoneId zone;
    private boolean zoneGiven;
    private String workingDayMessage = "";
    private int workingDayCount;
    private int holidayCount;

    public BusinessHoursBuilder(Fields fields) { this.fields = fields; }

    /** Required: an IANA zone id such as {@code Etc/GMT+6} or {@code America/Guatemala}. */
    public BusinessHoursBuilder timeZone(String id) {
        zoneGiven = true;
        if (id == null && mistyped.contains(fields.timeZone())) return this;
        if (id == null || id.isEmpty()) {
            problem(fields.timeZone() + " is required (e.g. 'Etc/GMT+6' or 'America/Guatemala')");
            return this;
        }
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException unknown) {
            problem(fields.timeZone() + " " + HoursText.quoted(id) + " is not a known time zone (use an IANA name"
                    + " such as 'Etc/GMT+6' or 'America/Guatemala')");
        }
        return this;
    }

    /** Optional (empty when absent). */
    public BusinessHoursBuilder workingDayMessage(String text) {
        if (text != null && checkLength(fields.workingDayMessage(), text, MAX_MESSAGE_LENGTH)) workingDayMessage = text;
        return this;
    }

    /** One window: a weekday name and {@code H:MM}/{@code HH:MM} times (the end may be {@code 24:00}). */
    public BusinessHoursBuilder workingDay(String day, String start, String end) {
        String at = fields.workingDays() + "[" + workingDayCount++ + "]";
        if (workingDayCount > MAX_WORKING_DAYS) {
            if (workingDayCount == MAX_WORKING_DAYS + 1) problem(fields.workingDays() + " has more than " + MAX_WORKING_DAYS + " entries");
            return this;
        }
        Optional<DayOfWeek> weekday = required(at + ".day", day).flatMap(d -> found(HoursText.weekday(d),
                at + ".day " + HoursText.quoted(d) + " is not a weekday (monday … sunday)"));
        Optional<LocalTime> s = required(at + "." + fields.start(), start).flatMap(t -> found(HoursText.startTime(t),
                at + "." + fields.start() + " " + HoursText.quoted(t) + " is not a time H:MM or HH:MM (00:00 to 23:59)"));
        Optional<LocalTime> e = required(at + "." + fields.end(), end).flatMap(t -> found(HoursText.endTime(t),
                at + "." + fields.end() + " " + HoursText.quoted(t) + " is not a time H:MM or HH:MM (00:01 to 24:00)"));
        if (s.isPresent() && e.isPresent() && !e.get().isAfter(s.get())) {
            problem(at + "." + fields.end() + " " + end + " must be after " + fields.start() + " " + start
                    + " (shifts across midnight are not supported: split them at 24:00)");
        } else if (weekday.isPresent() && s.isPresent() && e.isPresent()) {
            workingDays.add(new WorkingDay(weekday.get(), s.get(), e.get(), start, end));
        }
        return this;
    }

    /** One holiday: a label, two dates (ends inclusive) and a message; label and message may be null. */
    public BusinessHoursBuilder holiday(String day, String startDate, String endDate, String message) {
        String at = fields.holidays() + "[" + holidayCount++ + "]";
        if (holidayCount > MAX_HOLIDAYS) {
            if (holidayCount == MAX_HOLIDAYS + 1) problem(fields.holidays() + " has more than " + MAX_HOLIDAYS + " entries");
            return this;
        }
        boolean textsOk = (day == null || checkLength(at + ".day", day, MAX_LABEL_LENGTH))
                & (message == null || checkLength(at + ".message", message, MAX_MESSAGE_LENGTH));
        Optional<LocalDate> s = date(at + "." + fields.startDate(), startDate);
        Optional<LocalDate> e = date(at + "." + fields.endDate(), endDate);
        if (s.isPresent() && e.isPresent() && e.get().isBefore(s.get())) {
            problem(at + "." + fields.endDate() + " " + endDate + " is before " + fields.startDate() + " " + startDate);
        } else if (s.isPresent() && e.isPresent() && textsOk) {
            holidays.add(new Holiday(day == null ? "" : day, s.get(), e.get(), message == null ? "" : message));
        }
        return this;
    }

    /** Records a problem found by the caller (an unknown key, a value of the wrong type). */
    public BusinessHoursBuilder problem(String sentence) {
        problems.add(sentence);
        return this;
    }

    /**
     * Records that a field had a value of the wrong type; pass null for it afterwards.
     *
     * @param name the field as {@link Fields} spells it, e.g. {@code workingDays[0].day}
     */
    public BusinessHoursBuilder mistyped(String name, String expected) {
        mistyped.add(name);
        return problem(name + " must be " + expected);
    }

    /** @throws InvalidBusinessHours listing every problem found, when there is any */
    public BusinessHours build() {
        if (!zoneGiven) timeZone(null);
        if (!problems.isEmpty()) throw new InvalidBusinessHours(problems);
        return new BusinessHours(zone, workingDayMessage, workingDays, holidays);
    }

    private Optional<LocalDate> date(String name, String text) {
        return required(name, text).flatMap(t -> found(HoursText.date(t),
                name + " " + HoursText.quoted(t) + " is not a date YYYY-MM-DD or DD/MM/YYYY"));
    }

    private Optional<String> required(String name, String value) {
        if (value == null && !mistyped.contains(name)) problem(name + " is required");
        return Optional.ofNullable(value);
    }

    private <T> Optional<T> found(Optional<T> value, String otherwise) {
        if (value.isEmpty()) problem(otherwise);
        return value;
    }

    private boolean checkLength(String name, String text, int max) {
        if (text.length() <= max) return true;
        problem(name + " is longer than " + max + " characters");
        return false;
    }
}
