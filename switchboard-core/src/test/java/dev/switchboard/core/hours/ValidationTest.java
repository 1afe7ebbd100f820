package dev.switchboard.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of live-agents-mediator.md §7.3 as {@link BusinessHoursBuilder} and the records enforce
 * them: every problem is reported at once, each naming its field. Covers checklist (§14) items 36
 * (time and date forms) and the invalid {@code time_zone} of item 37.
 */
class ValidationTest {

    @Test
    void every_problem_of_a_definition_is_reported_at_once_with_its_field() {
        var b = new BusinessHoursBuilder(Fields.JSON).timeZone("Mars/Olympus_Mons")
                .workingDay("mon", "8:00", "17:00")
                .workingDay("tuesday", "8", "17:60")
                .workingDay("friday", "17:00", "8:00")
                .holiday("x", "2024-13-01", "31/02/2024", null)
                .holiday("y", "2024-05-02", "2024-05-01", null);

        List<String> problems = problems(b);

        assertThat(problems).containsExactly(
                "timeZone 'Mars/Olympus_Mons' is not a known time zone (use an IANA name such as 'Etc/GMT+6' or 'America/Guatemala')",
                "workingDays[0].day 'mon' is not a weekday (monday … sunday)",
                "workingDays[1].start '8' is not a time H:MM or HH:MM (00:00 to 23:59)",
                "workingDays[1].end '17:60' is not a time H:MM or HH:MM (00:01 to 24:00)",
                "workingDays[2].end 8:00 must be after start 17:00 (shifts across midnight are not supported: split them at 24:00)",
                "holidays[0].startDate '2024-13-01' is not a date YYYY-MM-DD or DD/MM/YYYY",
                "holidays[0].endDate '31/02/2024' is not a date YYYY-MM-DD or DD/MM/YYYY",
                "holidays[1].endDate 2024-05-01 is before startDate 2024-05-02");
    }

    @Test
    void an_end_equal_to_the_start_is_refused() {
        assertThat(problems(new BusinessHoursBuilder(Fields.JSON).timeZone("UTC").workingDay("monday", "8:00", "08:00")))
                .containsExactly("workingDays[0].end 08:00 must be after start 8:00 (shifts across midnight are not"
                        + " supported: split them at 24:00)");
    }

    @Test
    void a_missing_time_zone_and_missing_entry_fields_are_required() {
        var b = new BusinessHoursBuilder(Fields.JSON).workingDay(null, null, null).holiday(null, null, null, null);
        assertThat(problems(b)).containsExactly("workingDays[0].day is required", "workingDays[0].start is required",
                "workingDays[0].end is required", "holidays[0].startDate is required", "holidays[0].endDate is required",
                "timeZone is required (e.g. 'Etc/GMT+6' or 'America/Guatemala')");
        assertThat(problems(new BusinessHoursBuilder(Fields.JSON).timeZone(""))).containsExactly(
                "timeZone is required (e.g. 'Etc/GMT+6' or 'America/Guatemala')");
    }

    @Test
    void times_accept_one_or_two_hour_digits_and_refuse_everything_else() {
        for (String ok : List.of("0:00", "00:00", "8:00", "08:00", "9:59", "23:59")) {
            assertThat(HoursText.startTime(ok)).as(ok).isPresent();
        }
        for (String bad : List.of("", "8", "800", "8:0", "8:000", "24:00", "25:00", "-1:00", " 8:00", "8:00 ", "8.00",
                "８:00", "8:00am", "08:00:00", "T08:00")) {
            assertThat(HoursText.startTime(bad)).as(bad).isEmpty();
        }
        assertThat(HoursText.endTime("24:00")).contains(LocalTime.MAX);
        assertThat(HoursText.endTime("24:01")).isEmpty();
    }

    @Test
    void dates_accept_iso_and_day_first_and_refuse_impossible_days() {
        assertThat(HoursText.date("2024-02-29")).isEqualTo(HoursText.date("29/02/2024"));
        assertThat(HoursText.date("1/2/2024")).isEqualTo(HoursText.date("2024-02-01"));
        for (String bad : List.of("", "2023-02-29", "2024-2-1", "2024/02/01", "02/29/2024", "29-02-2024", "20240229",
                "2024-02-29T00:00", "99999-01-01")) {
            assertThat(HoursText.date(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void weekdays_are_english_names_in_any_case() {
        assertThat(HoursText.weekday("MONDAY")).contains(DayOfWeek.MONDAY);
        assertThat(HoursText.weekday("Sunday")).contains(DayOfWeek.SUNDAY);
        assertThat(HoursText.weekday("lunes")).isEmpty();
        assertThat(HoursText.weekday("mon")).isEmpty();
    }

    @Test
    void real_and_etc_zones_are_accepted_with_their_ids_kept() {
        assertThat(new BusinessHoursBuilder(Fields.JSON).timeZone("America/Guatemala").build().zone().getId())
                .isEqualTo("America/Guatemala");
        assertThat(new BusinessHoursBuilder(Fields.JSON).timeZone("Etc/GMT+6").build().zone().getId())
                .isEqualTo("Etc/GMT+6");
    }

    @Test
    void huge_values_and_too_many_entries_are_refused_without_echoing_them() {
        var b = new BusinessHoursBuilder(Fields.JSON).timeZone("x".repeat(100_000)).workingDayMessage("m".repeat(2_001));
        for (int i = 0; i < 105; i++) b.workingDay("monday", "8:00", "9:00");
        List<String> problems = problems(b);
        assertThat(problems).containsExactly(
                "timeZone '" + "x".repeat(40) + "…' is not a known time zone (use an IANA name such as 'Etc/GMT+6' or 'America/Guatemala')",
                "workingDayMessage is longer than 2000 characters",
                "workingDays has more than 100 entries");
    }

    @Test
    void mistyped_fields_are_reported_once() {
        BusinessHoursBuilder b = new BusinessHoursBuilder(Fields.JSON).mistyped("timeZone", "a string").timeZone(null)
                .mistyped("workingDays[0].day", "a string").workingDay(null, "8:00", "9:00");
        assertThat(problems(b)).containsExactly("timeZone must be a string", "workingDays[0].day must be a string");
    }

    @Test
    void records_built_directly_keep_their_invariants() {
        assertThatThrownBy(() -> WorkingDay.of(DayOfWeek.MONDAY, "17:00", "8:00")).isInstanceOf(InvalidBusinessHours.class)
                .hasMessage("monday: end 8:00 must be after start 17:00");
        assertThatThrownBy(() -> WorkingDay.of(DayOfWeek.MONDAY, "8h", "9:00")).isInstanceOf(InvalidBusinessHours.class);
        assertThat(WorkingDay.of(DayOfWeek.MONDAY, "8:00", "24:00").end()).isEqualTo(LocalTime.MAX);
    }

    @Test
    void the_map_form_refuses_unknown_keys_and_wrong_types() {
        Map<String, Object> bad = Map.of("timeZone", 6, "holiday", List.of(),
                "workingDays", List.of("monday", Map.of("day", "monday", "start", "8:00", "end", "9:00", "x", 1)),
                "holidays", Map.of());
        assertThatThrownBy(() -> BusinessHoursMaps.fromMap(bad)).isInstanceOfSatisfying(InvalidBusinessHours.class,
                e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "'holiday' is not a known key (known: holidays, timeZone, workingDayMessage, workingDays)",
                        "timeZone must be a string",
                        "workingDays[] must be an object",
                        "workingDays[0].'x' is not a known key (known: day, end, start)",
                        "holidays must be a list"));
    }

    private static List<String> problems(BusinessHoursBuilder b) {
        try {
            b.build();
        } catch (InvalidBusinessHours e) {
            return e.problems();
        }
        throw new AssertionError("expected the definition to be refused");
    }
}
