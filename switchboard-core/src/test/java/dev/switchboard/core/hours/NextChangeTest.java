package dev.switchboard.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessHours#nextChange}: the next instant at which {@code isOpen} flips, so routing can
 * re-check a department exactly then. 2024-05-13 is a Monday.
 */
class NextChangeTest {

    @Test
    void before_opening_the_next_change_is_the_opening_and_inside_it_is_the_closing() {
        BusinessHours gt = DayStatusTest.guatemala();
        assertThat(gt.nextChange(at("2024-05-13T10:00:00Z"))).contains(at("2024-05-13T14:00:00Z"));
        assertThat(gt.nextChange(at("2024-05-13T14:00:00Z"))).contains(at("2024-05-13T23:00:00Z"));
        assertThat(gt.nextChange(at("2024-05-13T22:59:59Z"))).contains(at("2024-05-13T23:00:00Z"));
    }

    @Test
    void after_friday_closing_the_next_opening_is_monday_morning() {
        assertThat(DayStatusTest.guatemala().nextChange(at("2024-05-17T23:00:00Z"))).contains(at("2024-05-20T14:00:00Z"));
    }

    @Test
    void holidays_are_skipped_and_a_holiday_starting_mid_shift_closes_at_local_midnight() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "0:00", "24:00").workingDay("tuesday", "0:00", "24:00")
                .workingDay("wednesday", "9:00", "17:00")
                .holiday("Tuesday off", "2024-05-14", "2024-05-14", "").build();
        assertThat(h.nextChange(at("2024-05-13T12:00:00Z"))).contains(at("2024-05-14T00:00:00Z"));
        assertThat(h.nextChange(at("2024-05-14T12:00:00Z"))).contains(at("2024-05-15T09:00:00Z"));
    }

    @Test
    void adjacent_windows_do_not_count_as_a_change() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "8:00", "12:00").workingDay("monday", "12:00", "24:00")
                .workingDay("tuesday", "0:00", "10:00").build();
        assertThat(h.nextChange(at("2024-05-13T09:00:00Z"))).contains(at("2024-05-14T10:00:00Z"));
    }

    @Test
    void never_open_or_always_open_has_no_next_change() {
        BusinessHours never = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC").build();
        assertThat(never.nextChange(at("2024-05-13T09:00:00Z"))).isEmpty();
        BusinessHoursBuilder always = new BusinessHoursBuilder(Fields.JSON).timeZone("Europe/Berlin");
        for (String d : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            always.workingDay(d, "0:00", "24:00");
        }
        assertThat(always.build().nextChange(at("2024-03-30T12:00:00Z"))).isEmpty();
    }

    @Test
    void a_holiday_longer_than_the_horizon_means_no_change_within_it() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC").workingDay("monday", "8:00", "9:00")
                .holiday("Sabbatical", "2024-01-01", "2026-01-01", "").build();
        assertThat(h.nextChange(at("2024-05-13T08:30:00Z"))).isEmpty();
        BusinessHours shorter = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC").workingDay("monday", "8:00", "9:00")
                .holiday("Leave", "2024-01-01", "2025-03-01", "").build();
        assertThat(shorter.nextChange(at("2024-05-13T08:30:00Z"))).contains(at("2025-03-03T08:00:00Z"));
    }

    @Test
    void a_window_in_the_spring_gap_opens_when_the_clock_jumps_over_its_start() {
        // Europe/Berlin skips 02:00–03:00 on Sunday 2024-03-31 (01:00 UTC).
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("Europe/Berlin")
                .workingDay("sunday", "2:30", "5:00").build();
        Optional<Instant> opening = h.nextChange(at("2024-03-30T12:00:00Z"));
        assertThat(opening).contains(at("2024-03-31T01:00:00Z"));
        assertThat(h.isOpen(opening.orElseThrow())).isTrue();
        assertThat(h.isOpen(opening.orElseThrow().minusMillis(1))).isFalse();
        assertThat(h.nextChange(opening.orElseThrow())).contains(at("2024-03-31T03:00:00Z"));
    }

    @Test
    void a_window_ending_in_the_autumn_overlap_closes_and_reopens_as_the_hour_repeats() {
        // Europe/Berlin shows 02:00–03:00 twice on Sunday 2024-10-27: first at UTC+2, then at UTC+1.
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("Europe/Berlin")
                .workingDay("sunday", "0:00", "2:30").build();
        Instant midnight = at("2024-10-26T22:00:00Z");
        assertThat(h.nextChange(midnight)).contains(at("2024-10-27T00:30:00Z"));
        assertThat(h.nextChange(at("2024-10-27T00:30:00Z"))).contains(at("2024-10-27T01:00:00Z"));
        assertThat(h.nextChange(at("2024-10-27T01:00:00Z"))).contains(at("2024-10-27T01:30:00Z"));
    }

    @Test
    void etc_zones_have_no_transitions_and_shift_by_their_inverted_sign() {
        BusinessHours plus = new BusinessHoursBuilder(Fields.JSON).timeZone("Etc/GMT-3").workingDay("monday", "9:00", "10:00").build();
        assertThat(plus.nextChange(at("2024-05-13T00:00:00Z"))).contains(at("2024-05-13T06:00:00Z"));
    }

    private static Instant at(String text) { return Instant.parse(text); }
}
