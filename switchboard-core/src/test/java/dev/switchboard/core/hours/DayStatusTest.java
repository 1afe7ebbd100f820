package dev.switchboard.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.hours.BusinessHoursBuilder.Fields;
import dev.switchboard.core.hours.DayStatus.DayType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessHours#dayStatus} by the algorithm of live-agents-mediator.md §7.4, at fixed instants.
 * 2024-05-13 is a Monday. Covers checklist (§14) items 32 (Etc/GMT+6, start inclusive, end
 * exclusive), 33 (holiday over a working day, multi-day ranges with inclusive ends), 34 (unconfigured
 * weekday), 35 (split shift) and 36 ({@code 8:00} = {@code 08:00}, both date formats).
 */
class DayStatusTest {
    private static final String WELCOME = "Our agents are available Monday to Friday, 8:00 to 17:00.";

    /** Guatemala as in §13.4: Monday to Friday 8:00–17:00 in Etc/GMT+6 (UTC−6). */
    static BusinessHours guatemala() {
        BusinessHoursBuilder b = new BusinessHoursBuilder(Fields.JSON).timeZone("Etc/GMT+6").workingDayMessage(WELCOME);
        for (String day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
            b.workingDay(day, "8:00", "17:00");
        }
        return b.build();
    }

    @Test
    void inside_monday_hours_in_etc_gmt_plus_6_registration_is_available_with_the_window_and_message() {
        DayStatus s = guatemala().dayStatus(Instant.parse("2024-05-13T14:30:00Z"));

        assertThat(s).isEqualTo(new DayStatus("Etc/GMT+6", "monday", DayType.WORKINGDAY, LocalDate.of(2024, 5, 13),
                LocalDate.of(2024, 5, 13), "8:00", "17:00", true, WELCOME));
        assertThat(s.fields()).containsExactly(Map.entry("time_zone", "Etc/GMT+6"), Map.entry("day_name", "monday"),
                Map.entry("day_type", "workingday"), Map.entry("start_date", "2024-05-13"),
                Map.entry("end_date", "2024-05-13"), Map.entry("start_time", "8:00"), Map.entry("end_time", "17:00"),
                Map.entry("is_registration_available", true), Map.entry("message", WELCOME));
    }

    @Test
    void the_start_is_inclusive_and_the_end_exclusive() {
        BusinessHours gt = guatemala();
        assertThat(gt.isOpen(Instant.parse("2024-05-13T13:59:59Z"))).as("7:59:59 local").isFalse();
        assertThat(gt.isOpen(Instant.parse("2024-05-13T14:00:00Z"))).as("8:00 local").isTrue();
        assertThat(gt.isOpen(Instant.parse("2024-05-13T22:59:59Z"))).as("16:59:59 local").isTrue();
        assertThat(gt.isOpen(Instant.parse("2024-05-13T23:00:00Z"))).as("17:00 local").isFalse();
        DayStatus before = gt.dayStatus(Instant.parse("2024-05-13T13:59:00Z"));
        assertThat(before.dayType()).isEqualTo(DayType.WORKINGDAY);
        assertThat(before.registrationAvailable()).isFalse();
        assertThat(before.startTime()).isEqualTo("8:00");
        assertThat(before.endTime()).isEqualTo("17:00");
    }

    @Test
    void etc_gmt_plus_6_is_six_hours_behind_utc_so_the_local_date_can_still_be_yesterday() {
        // 03:00 UTC on Tuesday is 21:00 on Monday in Guatemala.
        DayStatus s = guatemala().dayStatus(Instant.parse("2024-05-14T03:00:00Z"));
        assertThat(s.dayName()).isEqualTo("monday");
        assertThat(s.startDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(s.registrationAvailable()).isFalse();
    }

    @Test
    void a_holiday_on_a_working_day_closes_it_with_its_own_dates_and_message() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("Etc/GMT+6").workingDayMessage(WELCOME)
                .workingDay("monday", "8:00", "17:00")
                .holiday("Fiesta", "2024-05-12", "2024-05-14", "Closed for the fiesta.").build();

        DayStatus s = h.dayStatus(Instant.parse("2024-05-13T16:00:00Z"));

        assertThat(s).isEqualTo(new DayStatus("Etc/GMT+6", "monday", DayType.HOLIDAY, LocalDate.of(2024, 5, 12),
                LocalDate.of(2024, 5, 14), null, null, false, "Closed for the fiesta."));
        assertThat(s.fields()).containsEntry("start_time", null).containsEntry("end_time", null)
                .containsEntry("day_type", "holiday");
    }

    @Test
    void a_multi_day_holiday_covers_every_day_in_it_ends_included_and_no_day_outside() {
        BusinessHours h = everyDay().holiday("Christmas", "24/12/2026", "26/12/2026", "Merry Christmas").build();
        assertThat(dayType(h, "2026-12-23T12:00:00Z")).isEqualTo(DayType.WORKINGDAY);
        assertThat(dayType(h, "2026-12-24T00:00:00Z")).isEqualTo(DayType.HOLIDAY);
        assertThat(dayType(h, "2026-12-25T12:00:00Z")).isEqualTo(DayType.HOLIDAY);
        assertThat(dayType(h, "2026-12-26T23:59:59Z")).isEqualTo(DayType.HOLIDAY);
        assertThat(dayType(h, "2026-12-27T00:00:00Z")).isEqualTo(DayType.WORKINGDAY);
        assertThat(h.dayStatus(Instant.parse("2026-12-25T12:00:00Z")).message()).isEqualTo("Merry Christmas");
    }

    @Test
    void the_first_holiday_covering_the_date_wins() {
        BusinessHours h = everyDay().holiday("Week", "2026-12-21", "2026-12-27", "Week off")
                .holiday("Christmas", "2026-12-25", "2026-12-25", "Christmas").build();
        DayStatus s = h.dayStatus(Instant.parse("2026-12-25T12:00:00Z"));
        assertThat(s.message()).isEqualTo("Week off");
        assertThat(s.startDate()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void an_unconfigured_weekday_is_a_non_working_holiday_with_the_working_day_message() {
        DayStatus s = guatemala().dayStatus(Instant.parse("2024-05-19T16:00:00Z"));

        assertThat(s).isEqualTo(new DayStatus("Etc/GMT+6", "sunday", DayType.HOLIDAY, LocalDate.of(2024, 5, 19),
                LocalDate.of(2024, 5, 19), null, null, false, WELCOME));
    }

    @Test
    void a_split_shift_is_open_in_either_window_and_closed_between_them() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "14:00", "18:00").workingDay("Monday", "8:00", "12:00").build();
        assertThat(open(h, "2024-05-13T07:59:00Z")).isFalse();
        assertThat(open(h, "2024-05-13T08:00:00Z")).isTrue();
        assertThat(open(h, "2024-05-13T11:59:00Z")).isTrue();
        assertThat(open(h, "2024-05-13T12:00:00Z")).isFalse();
        assertThat(open(h, "2024-05-13T13:59:00Z")).isFalse();
        assertThat(open(h, "2024-05-13T14:00:00Z")).isTrue();
        assertThat(open(h, "2024-05-13T18:00:00Z")).isFalse();
    }

    @Test
    void a_split_shift_shows_the_containing_window_else_the_next_one_today_else_the_last() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "14:00", "18:00").workingDay("monday", "8:00", "12:00").build();
        assertThat(window(h, "2024-05-13T06:00:00Z")).isEqualTo("8:00-12:00");
        assertThat(window(h, "2024-05-13T09:00:00Z")).isEqualTo("8:00-12:00");
        assertThat(window(h, "2024-05-13T12:30:00Z")).isEqualTo("14:00-18:00");
        assertThat(window(h, "2024-05-13T15:00:00Z")).isEqualTo("14:00-18:00");
        assertThat(window(h, "2024-05-13T20:00:00Z")).isEqualTo("14:00-18:00");
    }

    @Test
    void leading_zeros_do_not_matter_and_times_are_shown_as_written() {
        BusinessHours padded = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "08:00", "09:05").build();
        BusinessHours bare = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "8:00", "9:05").build();
        assertThat(padded.workingDays().getFirst().start()).isEqualTo(bare.workingDays().getFirst().start());
        for (String t : new String[] {"2024-05-13T07:59:00Z", "2024-05-13T08:00:00Z", "2024-05-13T09:04:59Z", "2024-05-13T09:05:00Z"}) {
            assertThat(open(padded, t)).as(t).isEqualTo(open(bare, t));
        }
        assertThat(window(padded, "2024-05-13T08:30:00Z")).isEqualTo("08:00-09:05");
        assertThat(window(bare, "2024-05-13T08:30:00Z")).isEqualTo("8:00-9:05");
    }

    @Test
    void holiday_dates_in_iso_and_day_first_forms_are_the_same_dates() {
        BusinessHours iso = everyDay().holiday("x", "2026-03-05", "2026-03-06", "").build();
        BusinessHours dayFirst = everyDay().holiday("x", "05/03/2026", "6/3/2026", "").build();
        assertThat(iso.holidays()).isEqualTo(dayFirst.holidays());
        assertThat(dayType(dayFirst, "2026-03-05T10:00:00Z")).isEqualTo(DayType.HOLIDAY);
        assertThat(dayType(dayFirst, "2026-03-04T10:00:00Z")).isEqualTo(DayType.WORKINGDAY);
        assertThat(dayFirst.dayStatus(Instant.parse("2026-03-05T10:00:00Z")).fields())
                .containsEntry("start_date", "2026-03-05").containsEntry("end_date", "2026-03-06");
    }

    @Test
    void an_end_of_24_00_keeps_the_window_open_until_midnight() {
        BusinessHours h = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC")
                .workingDay("monday", "0:00", "24:00").build();
        assertThat(open(h, "2024-05-13T00:00:00Z")).isTrue();
        assertThat(open(h, "2024-05-13T23:59:59.999Z")).isTrue();
        assertThat(open(h, "2024-05-14T00:00:00Z")).isFalse();
        assertThat(window(h, "2024-05-13T23:59:59Z")).isEqualTo("0:00-24:00");
    }

    @Test
    void a_zone_with_daylight_saving_keeps_local_opening_times_in_summer_and_winter() {
        BusinessHours berlin = new BusinessHoursBuilder(Fields.JSON).timeZone("Europe/Berlin")
                .workingDay("monday", "9:00", "17:00").build();
        // Summer (UTC+2): 9:00 local is 07:00 UTC.
        assertThat(open(berlin, "2024-07-01T06:59:00Z")).isFalse();
        assertThat(open(berlin, "2024-07-01T07:00:00Z")).isTrue();
        assertThat(open(berlin, "2024-07-01T14:59:00Z")).isTrue();
        assertThat(open(berlin, "2024-07-01T15:00:00Z")).isFalse();
        // Winter (UTC+1): 9:00 local is 08:00 UTC.
        assertThat(open(berlin, "2024-01-08T07:59:00Z")).isFalse();
        assertThat(open(berlin, "2024-01-08T08:00:00Z")).isTrue();
        assertThat(open(berlin, "2024-01-08T16:00:00Z")).isFalse();
    }

    @Test
    void no_working_days_at_all_means_never_open() {
        BusinessHours closed = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC").workingDayMessage("Closed").build();
        DayStatus s = closed.dayStatus(Instant.parse("2024-05-13T10:00:00Z"));
        assertThat(s.dayType()).isEqualTo(DayType.HOLIDAY);
        assertThat(s.registrationAvailable()).isFalse();
        assertThat(s.message()).isEqualTo("Closed");
    }

    private static BusinessHoursBuilder everyDay() {
        BusinessHoursBuilder b = new BusinessHoursBuilder(Fields.JSON).timeZone("UTC");
        for (String day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            b.workingDay(day, "0:00", "24:00");
        }
        return b;
    }

    private static boolean open(BusinessHours h, String instant) { return h.isOpen(Instant.parse(instant)); }

    private static DayType dayType(BusinessHours h, String instant) { return h.dayStatus(Instant.parse(instant)).dayType(); }

    private static String window(BusinessHours h, String instant) {
        DayStatus s = h.dayStatus(Instant.parse(instant));
        return s.startTime() + "-" + s.endTime();
    }
}
