package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.hours.BusinessHoursService;
import dev.switchboard.core.hours.BusinessHoursService.DepartmentHours;
import dev.switchboard.core.livechat.DepartmentService.DepartmentFields;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BusinessHoursService} wired as the server wires it, on the suite's database, with a clock the
 * test moves: what routing will ask ({@code isOpen}), the feature switch, and the cache seeing each
 * write through the service at once. 2024-05-13 is a Monday. Covers live-agents-mediator.md §14
 * items 32 and 34 through the service.
 */
class BusinessHoursServiceTest {
    private static final Map<String, Object> GUATEMALA = Map.of("timeZone", "Etc/GMT+6", "workingDayMessage", "Mon 8-17",
            "workingDays", List.of(Map.of("day", "monday", "start", "8:00", "end", "17:00")));
    private final TestClock clock = new TestClock(Instant.parse("2024-05-13T14:30:00Z"));
    private Store store;
    private TestStore db;
    private RocketChatServices s;
    private BusinessHoursService hours;
    private User admin;
    private String sales;

    @BeforeEach
    void a_department(@TempDir Path dir) {
        db = TestStore.open(dir);
        store = db.store();
        EventBus bus = new RecordingBus();
        s = ServicesForTests.inline(store, clock, bus, new dev.switchboard.core.realtime.Hub());
        hours = s.businessHours();
        admin = s.accounts().register("admin", "admin@example.com", "s3cret-pass", "Admin");
        sales = s.departments().create(admin, new DepartmentFields("Sales", true, true, true, null, null, 0L), List.of())
                .department().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void routing_sees_the_definition_at_each_instant_once_the_feature_is_on() {
        hours.set(admin, sales, GUATEMALA);
        assertThat(hours.isOpen(sales, at("2024-05-13T13:59:00Z"))).as("feature off").isTrue();

        s.settings().set(BusinessHoursService.ENABLED, true);

        assertThat(hours.isOpen(sales, at("2024-05-13T13:59:00Z"))).as("7:59 local").isFalse();
        assertThat(hours.isOpen(sales, at("2024-05-13T14:30:00Z"))).as("8:30 local").isTrue();
        assertThat(hours.isOpen(sales, at("2024-05-13T23:00:00Z"))).as("17:00 local").isFalse();
        assertThat(hours.isOpen(sales, at("2024-05-19T16:00:00Z"))).as("Sunday").isFalse();
        assertThat(hours.isOpenNow(sales)).isTrue();
        clock.set(at("2024-05-13T23:00:00Z"));
        assertThat(hours.isOpenNow(sales)).isFalse();
        assertThat(hours.nextChange(sales, clock.instant())).contains(at("2024-05-20T14:00:00Z"));
    }

    @Test
    void no_department_an_unknown_one_and_one_without_hours_are_always_open() {
        s.settings().set(BusinessHoursService.ENABLED, true);
        Instant sunday = at("2024-05-19T16:00:00Z");
        assertThat(hours.isOpen(null, sunday)).isTrue();
        assertThat(hours.isOpen("ghost", sunday)).isTrue();
        assertThat(hours.isOpen(sales, sunday)).isTrue();
        assertThat(hours.nextChange(sales, sunday)).isEmpty();
    }

    @Test
    void every_write_through_the_service_is_seen_by_the_next_is_open() {
        s.settings().set(BusinessHoursService.ENABLED, true);
        Instant monday = at("2024-05-13T14:30:00Z");
        assertThat(hours.isOpen(sales, monday)).isTrue();

        hours.set(admin, sales, Map.of("timeZone", "UTC"));
        assertThat(hours.isOpen(sales, monday)).as("no working days").isFalse();

        hours.importToml(admin, sales, "[gt]\ntime_zone = 'Etc/GMT+6'\n[[gt.days.workingDays]]\nday = 'monday'\n"
                + "start_time = '8:00'\nend_time = '17:00'\n", "gt");
        assertThat(hours.isOpen(sales, monday)).isTrue();

        hours.set(admin, sales, Map.of("timeZone", "UTC"));
        hours.delete(admin, sales);
        assertThat(hours.isOpen(sales, monday)).as("deleted").isTrue();
    }

    @Test
    void the_department_view_carries_the_day_status_at_the_clock_instant() {
        s.settings().set(BusinessHoursService.ENABLED, true);
        DepartmentHours saved = hours.set(admin, sales, GUATEMALA);

        assertThat(saved.open()).isTrue();
        assertThat(saved.enabled()).isTrue();
        assertThat(saved.dayStatus().fields()).containsExactly(Map.entry("time_zone", "Etc/GMT+6"),
                Map.entry("day_name", "monday"), Map.entry("day_type", "workingday"), Map.entry("start_date", "2024-05-13"),
                Map.entry("end_date", "2024-05-13"), Map.entry("start_time", "8:00"), Map.entry("end_time", "17:00"),
                Map.entry("is_registration_available", true), Map.entry("message", "Mon 8-17"));
        clock.set(at("2024-05-19T16:00:00Z"));
        DepartmentHours sunday = hours.get(admin, sales);
        assertThat(sunday.open()).isFalse();
        assertThat(sunday.dayStatus().fields()).containsEntry("day_type", "holiday").containsEntry("message", "Mon 8-17")
                .containsEntry("start_time", null);
        assertThat(hours.exportToml(admin, sales, "gt")).startsWith("[gt]\ntime_zone = \"Etc/GMT+6\"\n");
    }

    @Test
    void invalid_definitions_are_refused_with_every_problem_and_change_nothing() {
        hours.set(admin, sales, GUATEMALA);

        assertThatThrownBy(() -> hours.set(admin, sales, Map.of("timeZone", "Nowhere/Land",
                "workingDays", List.of(Map.of("day", "monday", "start", "17:00", "end", "8:00")))))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.code()).isEqualTo("error-invalid-business-hours");
                    assertThat(e.details().get("problems")).asList().hasSize(2);
                });
        assertThatThrownBy(() -> hours.set(admin, "ghost", GUATEMALA)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.code()).isEqualTo("error-department-not-found"));
        assertThat(hours.get(admin, sales).hours().zone()).isEqualTo(ZoneId.of("Etc/GMT+6"));
    }

    @Test
    void only_managers_change_business_hours() {
        s.accounts().create(admin, "alice", "alice@example.com", "s3cret-pass", "Alice", Set.of(), true);
        User alice = s.livechatUsers().add(admin, Role.LIVECHAT_AGENT, "alice");

        assertThat(hours.get(alice, sales).hours()).isNull();
        assertThatThrownBy(() -> hours.set(alice, sales, GUATEMALA)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> hours.delete(alice, sales)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> hours.importToml(alice, sales, "[gt]\ntime_zone='UTC'\n", null)).isInstanceOf(Forbidden.class);
    }

    private static Instant at(String text) { return Instant.parse(text); }
}
