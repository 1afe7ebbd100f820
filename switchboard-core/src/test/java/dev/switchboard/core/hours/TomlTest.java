package dev.switchboard.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import dev.switchboard.core.hours.DayStatus.DayType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessHoursToml}: the file format of live-agents-mediator.md §7.1/§13.4 in and out, and
 * {@link BusinessHoursMaps}, the JSON shape of the same structure. Covers checklist (§14) items 32
 * and 36 from a file, and the configuration errors of §7.2 (table name) and §7.3.
 */
class TomlTest {
    /** The example file of §13.4, with one more day and a day-first holiday. */
    static final String GT = """
            [gt]
            time_zone = 'Etc/GMT+6'          # UTC-6 (POSIX sign inversion); 'America/Guatemala' also works
            workingDayMessage = 'Our agents are available Monday to Friday, 8:00 to 17:00.'

            [[gt.days.workingDays]]
            day = "monday"
            start_time = "8:00"
            end_time = "17:00"

            [[gt.days.workingDays]]
            day = "Tuesday"
            start_time = "08:00"
            end_time = "17:00"

            [[gt.days.holidays]]
            day = "Independence Day"
            start_date = "2024-09-15"
            end_date = "2024-09-15"
            message = 'Today is a holiday. Our agents are back tomorrow.'

            [[gt.days.holidays]]
            day = "Christmas"
            start_date = "24/12/2024"
            end_date = 2024-12-26
            message = "Merry Christmas"
            """;

    @Test
    void the_documented_example_file_parses_to_its_definition() {
        BusinessHours h = BusinessHoursToml.parse(GT, "GT");

        assertThat(h.zone().getId()).isEqualTo("Etc/GMT+6");
        assertThat(h.workingDayMessage()).isEqualTo("Our agents are available Monday to Friday, 8:00 to 17:00.");
        assertThat(h.workingDays()).extracting(WorkingDay::day).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(h.workingDays()).extracting(WorkingDay::startText).containsExactly("8:00", "08:00");
        assertThat(h.holidays()).containsExactly(
                new Holiday("Independence Day", LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 15),
                        "Today is a holiday. Our agents are back tomorrow."),
                new Holiday("Christmas", LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 26), "Merry Christmas"));
        DayStatus monday = h.dayStatus(Instant.parse("2024-05-13T14:30:00Z"));
        assertThat(monday.dayType()).isEqualTo(DayType.WORKINGDAY);
        assertThat(monday.registrationAvailable()).isTrue();
        assertThat(monday.startTime()).isEqualTo("8:00");
    }

    @Test
    void export_then_import_gives_back_an_equal_definition() {
        BusinessHours original = BusinessHoursToml.parse(GT, null);
        String exported = BusinessHoursToml.write(original, "gt");

        assertThat(BusinessHoursToml.parse(exported, "gt")).isEqualTo(original);
        assertThat(exported).startsWith("[gt]\ntime_zone = \"Etc/GMT+6\"\n")
                .contains("\n[[gt.days.workingDays]]\nday = \"monday\"\nstart_time = \"8:00\"\nend_time = \"17:00\"\n")
                .contains("\n[[gt.days.holidays]]\nday = \"Christmas\"\nstart_date = \"2024-12-24\"\nend_date = \"2024-12-26\"\n");
    }

    @Test
    void texts_with_quotes_backslashes_control_characters_and_unicode_survive_the_round_trip() {
        BusinessHours tricky = new BusinessHoursBuilder(Fields.JSON).timeZone("America/Guatemala")
                .workingDayMessage("Say \"hi\" \\ 'there'\n\tline two \u0001 \u007f — ¡Hola! 😀")
                .workingDay("saturday", "9:30", "24:00")
                .holiday("a ''' b \"\"\" c", "2025-01-01", "2025-01-01", "[[not.a.table]] # no comment").build();

        String exported = BusinessHoursToml.write(tricky, "hours");

        assertThat(BusinessHoursToml.parse(exported, null)).isEqualTo(tricky);
        assertThat(BusinessHoursToml.parse(BusinessHoursToml.write(tricky, "odd table.name"), null)).isEqualTo(tricky);
    }

    @Test
    void the_map_form_round_trips_too() {
        BusinessHours original = BusinessHoursToml.parse(GT, null);
        assertThat(BusinessHoursMaps.fromMap(BusinessHoursMaps.toMap(original))).isEqualTo(original);
        assertThat(BusinessHoursMaps.toMap(original)).containsKeys("timeZone", "workingDayMessage", "workingDays", "holidays");
    }

    @Test
    void the_table_must_carry_the_expected_country_code_in_any_case() {
        assertThat(BusinessHoursToml.parse(GT, "gt")).isEqualTo(BusinessHoursToml.parse(GT, "Gt"));
        assertThatThrownBy(() -> BusinessHoursToml.parse(GT, "SV")).isInstanceOf(InvalidBusinessHours.class)
                .hasMessage("the top-level table is [gt] but this file is for [sv]");
    }

    @Test
    void structural_mistakes_are_refused_with_their_place() {
        assertProblems("", "no top-level table: the file must start with a table named after the country, such as [gt]");
        assertProblems("[gt]\ntime_zone='UTC'\n[sv]\ntime_zone='UTC'\n", "one top-level table expected, found 2: 'gt', 'sv'");
        assertProblems("time_zone = 'UTC'\n",
                "'time_zone' must be a table such as [gt] holding time_zone, workingDayMessage and days");
        assertProblems("[gt]\ntime_zone = 6\nworkingDayMessage = true\nextra = 1\ndays = 'none'\n",
                "gt.'extra' is not a known key (known: days, time_zone, workingDayMessage)",
                "gt.time_zone must be a string", "gt.workingDayMessage must be a string", "gt.days must be a table");
        assertProblems("[gt]\ntime_zone = 'UTC'\n[gt.days]\nworkingDays = 'monday'\nholiday = []\n",
                "gt.days.'holiday' is not a known key (known: holidays, workingDays)",
                "gt.days.workingDays must be an array of tables ([[gt.days.workingDays]])");
        assertProblems("""
                [gt]
                time_zone = 'UTC'
                [[gt.days.workingDays]]
                day = "monday"
                start = "8:00"
                end_time = 17:00:00
                """,
                "gt.days.workingDays[0].'start' is not a known key (known: day, end_time, start_time)",
                "gt.days.workingDays[0].start_time is required",
                "gt.days.workingDays[0].end_time '17:00:00' is not a time H:MM or HH:MM (00:01 to 24:00)");
    }

    @Test
    void rule_violations_name_the_toml_keys() {
        assertProblems("""
                [gt]
                time_zone = 'Etc/GMT+66'
                [[gt.days.workingDays]]
                day = "someday"
                start_time = "17:00"
                end_time = "8:00"
                [[gt.days.holidays]]
                start_date = "2024-12-26"
                end_date = "2024-12-24"
                """,
                "gt.time_zone 'Etc/GMT+66' is not a known time zone (use an IANA name such as 'Etc/GMT+6' or 'America/Guatemala')",
                "gt.days.workingDays[0].day 'someday' is not a weekday (monday … sunday)",
                "gt.days.workingDays[0].end_time 8:00 must be after start_time 17:00 (shifts across midnight are not supported: split them at 24:00)",
                "gt.days.holidays[0].end_date 2024-12-24 is before start_date 2024-12-26");
    }

    @Test
    void text_that_is_not_toml_is_refused_with_its_position() {
        assertThatThrownBy(() -> BusinessHoursToml.parse("[gt\ntime_zone = 'UTC'", null))
                .isInstanceOfSatisfying(InvalidBusinessHours.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("not valid TOML (line 1, column "));
        assertThatThrownBy(() -> BusinessHoursToml.parse("[gt]\ntime_zone = 'a'\ntime_zone = 'b'\n", null))
                .isInstanceOf(InvalidBusinessHours.class).hasMessageStartingWith("not valid TOML");
        assertThatThrownBy(() -> BusinessHoursToml.parse("[gt]\nx = " + "[".repeat(400_000) + "]".repeat(400_000), null))
                .isInstanceOf(InvalidBusinessHours.class);
    }

    private static void assertProblems(String toml, String... problems) {
        assertThatThrownBy(() -> BusinessHoursToml.parse(toml, null)).isInstanceOfSatisfying(InvalidBusinessHours.class,
                e -> assertThat(e.problems()).containsExactly(problems));
    }

}
