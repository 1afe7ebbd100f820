package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.e2e.E2e;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /live-agents/project/{p}/country/{cc}/day-status} over HTTP at a fixed time (live-agents-mediator.md
 * §7): the files first, then the departments' stored business hours, the ones routing uses.
 * The evaluation's finer rules (split shifts, date forms, holidays) are core's DayStatusTest.
 */
class DayStatusEndpointTest {
    /** Monday 13 May 2024, 14:30 UTC = 8:30 in Etc/GMT+6. */
    private static final Instant MONDAY_0830_LOCAL = Instant.parse("2024-05-13T14:30:00Z");
    private static final String GUATEMALA = """
            [gt]
            time_zone = 'Etc/GMT+6'
            workingDayMessage = '%s'
            [[gt.days.workingDays]]
            day = "monday"
            start_time = "8:00"
            end_time = "17:00"
            """;

    private static JsonNode dayStatus(MediatorFixture f, String project, String country) {
        return f.call("GET", "/live-agents/project/" + project + "/country/" + country + "/day-status", null, Map.of());
    }

    @Test
    void a_working_monday_morning_is_open_with_its_window_and_closes_at_the_exclusive_end() throws Exception {
        // Checklist 32, 37 (case-insensitive keys, bad codes, an invalid time zone).
        var clock = new TestClock(MONDAY_0830_LOCAL);
        try (var f = new MediatorFixture(UnaryOperator.identity(), clock)) {
            Files.createDirectories(f.hours.resolve("demo"));
            Files.writeString(f.hours.resolve("demo/working-hours-gt.toml"), GUATEMALA.formatted("Monday to Friday"));
            JsonNode open = dayStatus(f, "DEMO", "GT");
            assertThat(open.get("http").asInt()).isEqualTo(200);
            assertThat(open.get("day_type").asText()).isEqualTo("workingday");
            assertThat(open.get("day_name").asText()).isEqualTo("monday");
            assertThat(open.get("is_registration_available").asBoolean()).isTrue();
            assertThat(List.of(open.get("start_time").asText(), open.get("end_time").asText())).containsExactly("8:00", "17:00");
            assertThat(List.of(open.get("start_date").asText(), open.get("end_date").asText()))
                    .containsExactly("2024-05-13", "2024-05-13");
            assertThat(open.get("message").asText()).isEqualTo("Monday to Friday");
            clock.set(Instant.parse("2024-05-13T13:59:00Z"));
            assertThat(dayStatus(f, "demo", "gt").get("is_registration_available").asBoolean()).isFalse();
            clock.set(Instant.parse("2024-05-13T23:00:00Z"));
            assertThat(dayStatus(f, "demo", "gt").get("is_registration_available").asBoolean()).isFalse();

            assertThat(dayStatus(f, "demo", "g").get("http").asInt()).isEqualTo(400);
            assertThat(dayStatus(f, "demo", "sv").get("http").asInt()).isEqualTo(404);
            Files.writeString(f.hours.resolve("demo/working-hours-gt.toml"), "[gt]\ntime_zone = 'Mars/Olympus'\n");
            JsonNode broken = dayStatus(f, "demo", "gt");
            assertThat(broken.get("http").asInt()).isEqualTo(500);
            assertThat(broken.get("msg").asText()).isEqualTo("Invalid working-hours configuration");
        }
    }

    @Test
    void a_project_without_its_own_file_uses_the_country_wide_one() throws Exception {
        // Checklist 38.
        try (var f = new MediatorFixture(UnaryOperator.identity(), new TestClock(MONDAY_0830_LOCAL))) {
            Files.writeString(f.hours.resolve("working-hours-gt.toml"), GUATEMALA.formatted("Country-wide hours"));
            assertThat(dayStatus(f, "nutrition", "gt").get("message").asText()).isEqualTo("Country-wide hours");
            assertThat(dayStatus(f, "hiv", "gt").get("message").asText()).isEqualTo("Open every day");
        }
    }

    @Test
    void without_a_file_day_status_and_registration_answer_from_the_business_hours_routing_uses() throws Exception {
        // Issue 6 item 4: the same business hours the routing uses; the files keep precedence.
        var clock = new TestClock(MONDAY_0830_LOCAL);
        try (var f = new MediatorFixture(UnaryOperator.identity(), clock)) {
            assertThat(dayStatus(f, "malaria", "gt").get("http").asInt()).isEqualTo(404);
            String malaria = f.admin.createDepartment(Map.of("name", "GTM_MALARIA_KIDS", "enabled", true,
                    "showOnRegistration", true), List.of(Map.of("agentId", f.alice.userId()))).at("/department/_id").asText();
            f.admin.importDepartmentBusinessHoursToml(malaria, GUATEMALA.formatted("Malaria desk: Mondays"), "gt");

            JsonNode status = dayStatus(f, "malaria", "gt");
            assertThat(status.get("http").asInt()).as(status.toString()).isEqualTo(200);
            assertThat(status.get("message").asText()).isEqualTo("Malaria desk: Mondays");
            assertThat(status.get("is_registration_available").asBoolean()).isTrue();
            assertThat(f.register(UUID.randomUUID().toString(), "GTM_MALARIA_KIDS").get("http").asInt()).isEqualTo(200);
            clock.set(Instant.parse("2024-05-14T14:30:00Z")); // Tuesday: not a working day of that definition
            JsonNode refused = f.register(UUID.randomUUID().toString(), "GTM_MALARIA_KIDS");
            assertThat(refused.get("http").asInt()).isEqualTo(403);
            assertThat(refused.get("msg").asText()).isEqualTo("Malaria desk: Mondays");

            // A file for the project wins over the stored definition.
            String hiv = E2e.items(f.admin.departments(Map.of()).get("departments")).stream()
                    .filter(d -> d.get("name").asText().equals("GTM_HIV_GENERAL")).findFirst().orElseThrow().get("_id").asText();
            f.admin.importDepartmentBusinessHoursToml(hiv, GUATEMALA.formatted("Stored, not used"), "gt");
            assertThat(dayStatus(f, "hiv", "gt").get("message").asText()).isEqualTo("Open every day");
        }
    }
}
