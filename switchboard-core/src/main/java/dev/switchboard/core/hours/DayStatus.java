package dev.switchboard.core.hours;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What business hours say about one instant (live-agents-mediator.md §7.4, §7.5): the kind of day in
 * the configured zone, the window or holiday that applies, and whether registration (a new chat) is
 * available. Immutable.
 *
 * @param timeZone              the configured zone id, e.g. {@code Etc/GMT+6}
 * @param dayName               the local weekday, lower case: {@code monday}
 * @param dayType               {@link DayType#HOLIDAY} also for weekdays without working hours
 * @param startDate             the holiday's first day, else today
 * @param endDate               the holiday's last day, else today
 * @param startTime             nullable: the window's start as written ({@code "8:00"}); null on non-working days
 * @param endTime               nullable: like {@code startTime}
 * @param registrationAvailable whether the instant lies inside a working window of a non-holiday
 * @param message               the holiday's message, else the working-day message; never null
 */
public record DayStatus(String timeZone, String dayName, DayType dayType, LocalDate startDate, LocalDate endDate,
                        String startTime, String endTime, boolean registrationAvailable, String message) {

    /** The two day types the original documents allow. */
    public enum DayType {
        HOLIDAY("holiday"), WORKINGDAY("workingday");

        private final String wireName;

        DayType(String wireName) { this.wireName = wireName; }

        public String wireName() { return wireName; }
    }

    /**
     * The flat fields of §7.5 with their documented names, JSON-shaped (dates as ISO text, absent times
     * as null), in the documented order. A new mutable map on each call.
     */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("time_zone", timeZone);
        f.put("day_name", dayName);
        f.put("day_type", dayType.wireName());
        f.put("start_date", startDate.toString());
        f.put("end_date", endDate.toString());
        f.put("start_time", startTime);
        f.put("end_time", endTime);
        f.put("is_registration_available", registrationAvailable);
        f.put("message", message);
        return f;
    }
}
