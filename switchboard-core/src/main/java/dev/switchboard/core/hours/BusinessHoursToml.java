package dev.switchboard.core.hours;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Import and export of the business-hours file format of live-agents-mediator.md §7.1 and §13.4:
 * <pre>
 * [gt]
 * time_zone = 'Etc/GMT+6'
 * workingDayMessage = '…'
 * [[gt.days.workingDays]]
 * day = "monday"
 * start_time = "8:00"
 * end_time = "17:00"
 * [[gt.days.holidays]]
 * day = "Independence Day"
 * start_date = "2024-09-15"
 * end_date = "2024-09-15"
 * message = '…'
 * </pre>
 * Exactly that structure: one top-level table (the country code), unknown keys are errors (a typo
 * would otherwise silently drop a rule). Dates may also be TOML's unquoted local dates. Thread-safe.
 */
public final class BusinessHoursToml {
    private static final TomlMapper TOML = new TomlMapper();
    private static final Set<String> TABLE_KEYS = Set.of("time_zone", "workingDayMessage", "days");
    private static final Set<String> DAYS_KEYS = Set.of("workingDays", "holidays");
    private static final Set<String> WORKING_DAY_KEYS = Set.of("day", "start_time", "end_time");
    private static final Set<String> HOLIDAY_KEYS = Set.of("day", "start_date", "end_date", "message");

    private BusinessHoursToml() {}

    /**
     * Parses a file's text.
     *
     * @param expectedTable nullable: the country code the top-level table must be named (case-insensitive)
     * @throws InvalidBusinessHours for text that is not TOML, a structure other than §7.1's, or any rule of §7.3
     */
    public static BusinessHours parse(String text, String expectedTable) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidBusinessHours("not valid TOML" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isEmpty()) {
            throw new InvalidBusinessHours("no top-level table: the file must start with a table named after the"
                    + " country, such as [" + (expectedTable == null ? "gt" : expectedTable) + "]");
        }
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        if (names.size() > 1) {
            throw new InvalidBusinessHours("one top-level table expected, found " + names.size() + ": "
                    + String.join(", ", names.stream().map(HoursText::quoted).toList()));
        }
        String table = names.getFirst();
        if (expectedTable != null && !table.equalsIgnoreCase(expectedTable)) {
            throw new InvalidBusinessHours("the top-level table is [" + table + "] but this file is for ["
                    + expectedTable.toLowerCase(Locale.ROOT) + "]");
        }
        return read(root.get(table), table);
    }

    private static BusinessHours read(JsonNode t, String table) {
        Fields f = Fields.toml(table);
        BusinessHoursBuilder b = new BusinessHoursBuilder(f);
        if (!t.isObject()) {
            throw new InvalidBusinessHours(HoursText.quoted(table) + " must be a table such as [gt] holding time_zone,"
                    + " workingDayMessage and days");
        }
        unknownKeys(b, table, t, TABLE_KEYS);
        b.timeZone(text(b, f.timeZone(), t.get("time_zone")));
        b.workingDayMessage(text(b, f.workingDayMessage(), t.get("workingDayMessage")));
        JsonNode days = t.get("days");
        if (days != null && !days.isObject()) return b.mistyped(table + ".days", "a table").build();
        if (days == null) return b.build();
        unknownKeys(b, table + ".days", days, DAYS_KEYS);
        int i = 0;
        for (JsonNode d : tables(b, f.workingDays(), days.get("workingDays"))) {
            String at = f.workingDays() + "[" + i++ + "]";
            unknownKeys(b, at, d, WORKING_DAY_KEYS);
            b.workingDay(text(b, at + ".day", d.get("day")), text(b, at + ".start_time", d.get("start_time")),
                    text(b, at + ".end_time", d.get("end_time")));
        }
        i = 0;
        for (JsonNode h : tables(b, f.holidays(), days.get("holidays"))) {
            String at = f.holidays() + "[" + i++ + "]";
            unknownKeys(b, at, h, HOLIDAY_KEYS);
            b.holiday(text(b, at + ".day", h.get("day")), text(b, at + ".start_date", h.get("start_date")),
                    text(b, at + ".end_date", h.get("end_date")), text(b, at + ".message", h.get("message")));
        }
        return b.build();
    }

    /**
     * Writes the definition in the layout of §13.4, under the top-level table {@code table}. Parsing
     * the result gives back an equal definition.
     */
    public static String write(BusinessHours hours, String table) { return TomlExport.write(hours, table); }

    private static void unknownKeys(BusinessHoursBuilder b, String at, JsonNode node, Set<String> known) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) b.problem(at + "." + HoursText.quoted(e.getKey())
                    + " is not a known key (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
        }
    }

    private static String text(BusinessHoursBuilder b, String name, JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (value.isTextual()) return value.textValue();
        b.mistyped(name, "a string");
        return null;
    }

    private static List<JsonNode> tables(BusinessHoursBuilder b, String name, JsonNode value) {
        if (value == null) return List.of();
        if (!value.isArray()) {
            b.mistyped(name, "an array of tables ([[" + name + "]])");
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isObject()) out.add(item);
            else b.mistyped(name + "[]", "a table");
        }
        return out;
    }
}
