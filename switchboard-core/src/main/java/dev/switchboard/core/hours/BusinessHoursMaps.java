package dev.switchboard.core.hours;

import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link BusinessHours} as a JSON-shaped map, the structure of the TOML file in camelCase:
 * <pre>{"timeZone":"Etc/GMT+6","workingDayMessage":"…",
 *  "workingDays":[{"day":"monday","start":"8:00","end":"17:00"}],
 *  "holidays":[{"day":"…","startDate":"2026-12-24","endDate":"2026-12-26","message":"…"}]}</pre>
 * The REST API shows and accepts it, and the store keeps it as the definition's JSON. Times keep
 * their written form; dates are written ISO. Stateless.
 */
public final class BusinessHoursMaps {
    /** The keys of each level, for callers that refuse unknown keys. */
    public static final Set<String> TOP_KEYS = Set.of("timeZone", "workingDayMessage", "workingDays", "holidays");
    public static final Set<String> WORKING_DAY_KEYS = Set.of("day", "start", "end");
    public static final Set<String> HOLIDAY_KEYS = Set.of("day", "startDate", "endDate", "message");

    private BusinessHoursMaps() {}

    /** A new mutable, insertion-ordered map. */
    public static Map<String, Object> toMap(BusinessHours hours) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timeZone", hours.zone().getId());
        m.put("workingDayMessage", hours.workingDayMessage());
        List<Object> days = new ArrayList<>();
        for (WorkingDay w : hours.workingDays()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", HoursText.name(w.day()));
            d.put("start", w.startText());
            d.put("end", w.endText());
            days.add(d);
        }
        m.put("workingDays", days);
        List<Object> holidays = new ArrayList<>();
        for (Holiday h : hours.holidays()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", h.day());
            d.put("startDate", h.start().toString());
            d.put("endDate", h.end().toString());
            d.put("message", h.message());
            holidays.add(d);
        }
        m.put("holidays", holidays);
        return m;
    }

    /**
     * Reads the structure of {@link #toMap}. Absent lists are empty; unknown keys and values of the
     * wrong type are problems.
     *
     * @throws InvalidBusinessHours listing every problem
     */
    public static BusinessHours fromMap(Map<String, ?> map) {
        BusinessHoursBuilder b = new BusinessHoursBuilder(Fields.JSON);
        unknownKeys(b, "", map, TOP_KEYS);
        b.timeZone(text(b, "timeZone", map.get("timeZone")));
        b.workingDayMessage(text(b, "workingDayMessage", map.get("workingDayMessage")));
        int i = 0;
        for (Map<String, ?> d : objects(b, "workingDays", map.get("workingDays"))) {
            String at = "workingDays[" + i++ + "].";
            unknownKeys(b, at, d, WORKING_DAY_KEYS);
            b.workingDay(text(b, at + "day", d.get("day")), text(b, at + "start", d.get("start")),
                    text(b, at + "end", d.get("end")));
        }
        i = 0;
        for (Map<String, ?> h : objects(b, "holidays", map.get("holidays"))) {
            String at = "holidays[" + i++ + "].";
            unknownKeys(b, at, h, HOLIDAY_KEYS);
            b.holiday(text(b, at + "day", h.get("day")), text(b, at + "startDate", h.get("startDate")),
                    text(b, at + "endDate", h.get("endDate")), text(b, at + "message", h.get("message")));
        }
        return b.build();
    }

    private static void unknownKeys(BusinessHoursBuilder b, String at, Map<String, ?> map, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) b.problem(at + HoursText.quoted(key) + " is not a known key (known: "
                    + String.join(", ", known.stream().sorted().toList()) + ")");
        }
    }

    private static String text(BusinessHoursBuilder b, String name, Object value) {
        if (value == null || value instanceof String) return (String) value;
        b.mistyped(name, "a string");
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> objects(BusinessHoursBuilder b, String name, Object value) {
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) {
            b.mistyped(name, "a list");
            return List.of();
        }
        List<Map<String, ?>> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> m) out.add((Map<String, ?>) m);
            else b.mistyped(name + "[]", "an object");
        }
        return out;
    }
}
