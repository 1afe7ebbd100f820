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

/** What {@code registerClient} and {@code DELETE session} leave behind (live-agents-mediator.md §4.3, §8). */
class RegistrationTest {

    private static int rooms(MediatorFixture f) { return E2e.items(f.admin.rooms(Map.of("count", 0)).get("rooms")).size(); }

    @Test
    void registration_creates_the_visitor_an_api_room_a_queued_inquiry_and_posts_the_results_once() throws Exception {
        // Checklist 9, 10, 12.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.register(uuid, "GTM_HIV_GENERAL").get("rid").asText();
            f.register(uuid, "GTM_HIV_GENERAL");
            JsonNode visitor = f.server.client().getVisitor(uuid).get("visitor");
            assertThat(visitor.get("token").asText()).isEqualTo(uuid);
            assertThat(visitor.get("name").asText()).isEqualTo("Maria");
            assertThat(E2e.roomById(f.admin, rid).at("/source/type").asText()).isEqualTo("api");
            JsonNode inquiry = f.admin.inquiriesGetOne(rid).get("inquiry");
            assertThat(inquiry.get("status").asText()).isEqualTo("queued");
            assertThat(f.contactView(uuid, rid)).filteredOn(t -> t != null && t.contains("HIV test"))
                    .containsExactly("reason: HIV test");

            // Empty results: nothing posted (the name falls back to the urn).
            String quiet = UUID.randomUUID().toString();
            String quietRoom = f.post("/live-agents/registerClient", Map.of("contact", Map.of("uuid", quiet, "urn", "facebook:9"),
                    "department", "GTM_HIV_GENERAL", "results", Map.of())).get("rid").asText();
            assertThat(f.contactView(quiet, quietRoom)).allMatch(t -> t == null || t.isEmpty());
            assertThat(f.server.client().getVisitor(quiet).at("/visitor/name").asText()).isEqualTo("facebook:9");
        }
    }

    @Test
    void on_a_configured_holiday_registration_is_refused_with_the_holiday_message_and_creates_nothing() throws Exception {
        // Checklist 6.
        try (var f = new MediatorFixture(UnaryOperator.identity(), new TestClock(Instant.parse("2024-09-15T16:00:00Z")))) {
            Files.createDirectories(f.hours.resolve("demo"));
            Files.writeString(f.hours.resolve("demo/working-hours-gt.toml"), """
                    [gt]
                    time_zone = 'Etc/GMT+6'
                    workingDayMessage = 'Every day'
                    [[gt.days.workingDays]]
                    day = "sunday"
                    start_time = "0:00"
                    end_time = "24:00"
                    [[gt.days.holidays]]
                    day = "Independence Day"
                    start_date = "15/09/2024"
                    end_date = "2024-09-16"
                    message = 'Closed for Independence Day'
                    """);
            f.admin.createDepartment(Map.of("name", "GTM_DEMO", "enabled", true, "showOnRegistration", true),
                    List.of(Map.of("agentId", f.alice.userId())));
            int before = rooms(f);
            String uuid = UUID.randomUUID().toString();
            JsonNode refused = f.register(uuid, "GTM_DEMO");
            assertThat(refused.get("http").asInt()).isEqualTo(403);
            assertThat(refused.get("msg").asText()).isEqualTo("Closed for Independence Day");
            assertThat(refused.get("day_type").asText()).isEqualTo("holiday");
            assertThat(refused.get("start_date").asText()).isEqualTo("2024-09-15");
            assertThat(refused.get("end_date").asText()).isEqualTo("2024-09-16");
            assertThat(rooms(f)).isEqualTo(before);
            assertThat(f.toAgent(uuid, "hi").get("http").asInt()).isEqualTo(404);
            assertThat(f.rapidPro.requests()).isEmpty();
        }
    }

    @Test
    void delete_closes_the_room_as_the_visitor_and_keeps_the_visitor() throws Exception {
        // Checklist 39.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            JsonNode closed = f.call("DELETE", "/live-agents/session/user/" + uuid, null, Map.of());
            assertThat(closed.get("msg").asText()).isEqualTo("Session closed");
            JsonNode room = E2e.roomById(f.admin, rid);
            assertThat(room.get("closer").asText()).isEqualTo("visitor");
            assertThat(f.server.client().getVisitor(uuid).at("/visitor/token").asText()).isEqualTo(uuid);
            Thread.sleep(500);
            // Only the take was announced: no "agent ended" notice, no end-of-chat action.
            assertThat(f.rapidPro.requests()).hasSize(1);
        }
    }
}
