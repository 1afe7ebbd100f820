package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.mediator.MediatorConfig;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile and mistaken calls get the §10 envelopes, create nothing and never reach RapidPro. */
class MediatorBadInputTest {

    private static void envelope(JsonNode reply, int code, String status, String msg) {
        // Checklist 1: status_code equals the HTTP status.
        assertThat(reply.get("http").asInt()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.get("status_code").asInt()).isEqualTo(code);
        assertThat(reply.get("status").asText()).isEqualTo(status);
        if (msg != null) assertThat(reply.get("msg").asText()).isEqualTo(msg);
    }

    @Test
    void registering_while_no_agent_is_online_is_a_403_refusal_not_a_server_error() throws Exception {
        try (var f = new MediatorFixture(c -> c)) {
            f.admin.settingsUpdate("Livechat_accept_chats_with_no_agents", false);
            f.alice.setStatus("offline", null);
            envelope(f.register(UUID.randomUUID().toString(), "GTM_HIV_GENERAL"), 403, "error", "No agent is online");
        }
    }

    @Test
    void every_endpoint_answers_mistakes_with_its_envelope_and_no_side_effects() throws Exception {
        try (var f = new MediatorFixture(c -> c.withEndOfChat(MediatorConfig.EndOfChat.STATUS, null, "hook-secret"))) {
            String json = "application/json";
            // Checklist 4: missing uuid or department; malformed bodies too.
            envelope(f.post("/live-agents/registerClient", Map.of("department", "GTM_HIV_GENERAL")), 400, "error",
                    "contact.uuid and department are required");
            envelope(f.post("/live-agents/registerClient", Map.of("contact", Map.of("uuid", "u1"))), 400, "error",
                    "contact.uuid and department are required");
            envelope(f.call("POST", "/live-agents/registerClient", "{not json", Map.of("Content-Type", json)), 400, "error", null);
            envelope(f.call("POST", "/live-agents/registerClient", "[1,2]", Map.of("Content-Type", json)), 400, "error", null);
            envelope(f.post("/live-agents/registerClient", Map.of("contact", Map.of("uuid", 42), "department", 7)), 400, "error", null);
            // Checklist 8: an unknown department.
            envelope(f.register(UUID.randomUUID().toString(), "NOPE_NOTHING"), 400, "error", "Invalid department");
            // Checklist 5, 34: a closed day is 403 with the day-status fields.
            JsonNode closed = f.register(UUID.randomUUID().toString(), "GTM_FP");
            envelope(closed, 403, "error", "We are closed for now");
            assertThat(closed.get("is_registration_available").asBoolean()).isFalse();
            assertThat(closed.get("day_type").asText()).isEqualTo("holiday");
            // Checklist 7: no business hours for the project.
            f.admin.createDepartment(Map.of("name", "GTM_MALARIA", "enabled", true, "showOnRegistration", true),
                    java.util.List.of(Map.of("agentId", f.alice.userId())));
            envelope(f.register(UUID.randomUUID().toString(), "GTM_MALARIA"), 404, "error",
                    "No working-hours configuration for project malaria and country gt");

            // Checklist 30, 31: sendMessageToAgent.
            envelope(f.post("/live-agents/sendMessageToAgent", Map.of("contact", Map.of("uuid", "x"))), 400, "error", "Message is required");
            envelope(f.call("POST", "/live-agents/sendMessageToAgent", "nope", Map.of()), 400, "error", "Message is required");
            envelope(f.toAgent(UUID.randomUUID().toString(), "hi"), 404, "error", "No active session for this user");

            // Checklist 40: DELETE of an unknown session.
            envelope(f.call("DELETE", "/live-agents/session/user/" + UUID.randomUUID(), null, Map.of()), 404, "error", "Session not found");

            // Checklist 15, 16, 17: sendMessageToClient authentication, payload and ignored types.
            String payload = "{\"type\":\"Message\",\"visitor\":{\"token\":\"abc\"},\"messages\":[]}";
            envelope(f.call("POST", "/live-agents/sendMessageToClient", payload, Map.of()), 401, "error", "Unauthorized");
            envelope(f.call("POST", "/live-agents/sendMessageToClient", payload,
                    Map.of("X-RocketChat-Livechat-Token", "wrong")), 401, "error", "Unauthorized");
            Map<String, String> auth = Map.of("X-RocketChat-Livechat-Token", "hook-secret");
            envelope(f.call("POST", "/live-agents/sendMessageToClient", "{\"type\":\"Message\"}", auth), 400, "error", "Invalid payload");
            envelope(f.call("POST", "/live-agents/sendMessageToClient", "{{{", auth), 400, "error", "Invalid payload");
            envelope(f.call("POST", "/live-agents/sendMessageToClient", payload, auth), 200, "ignored", "Event ignored");
            envelope(f.call("POST", "/live-agents/sendMessageToClient",
                    "{\"type\":\"LivechatSessionForwarded\",\"visitor\":{\"token\":\"abc\"}}", auth), 200, "ignored", "Event ignored");

            // Checklist 37: day-status codes.
            envelope(f.call("GET", "/live-agents/project/HIV/country/GT/day-status", null, Map.of()), 200, "success", "Day status retrieved");
            envelope(f.call("GET", "/live-agents/project/hiv/country/gtm/day-status", null, Map.of()), 400, "error", "Invalid country code");
            envelope(f.call("GET", "/live-agents/project/nothing/country/gt/day-status", null, Map.of()), 404, "error", null);

            assertThat(f.rapidPro.requests()).isEmpty();
        }
    }

    @Test
    void a_webhook_message_from_the_visitor_is_not_echoed_and_an_agent_one_is_relayed_once_across_both_paths() throws Exception {
        try (var f = new MediatorFixture(java.util.function.UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            f.register(uuid, "GTM_HIV_GENERAL");
            String visitor = "{\"type\":\"Message\",\"visitor\":{\"token\":\"" + uuid + "\",\"username\":\"guest-1\"},"
                    + "\"messages\":[{\"_id\":\"m1\",\"username\":\"guest-1\",\"msg\":\"me\"}]}";
            String agent = "{\"type\":\"Message\",\"visitor\":{\"token\":\"" + uuid + "\"},"
                    + "\"messages\":[{\"_id\":\"m2\",\"username\":\"bob\",\"agentId\":\"a1\",\"msg\":\"from agent\"}]}";
            envelope(f.call("POST", "/live-agents/sendMessageToClient", visitor, Map.of()), 200, "success", null);
            envelope(f.call("POST", "/live-agents/sendMessageToClient", agent, Map.of()), 200, "success", "Message(s) sent to client");
            envelope(f.call("POST", "/live-agents/sendMessageToClient", agent, Map.of()), 200, "success", null); // checklist 21
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> f.metrics().get("delivered").asLong() == 1);
            Thread.sleep(200);
            // Checklist 19, 21: the visitor's own message is not relayed; the agent's once.
            assertThat(f.rapidPro.requests()).extracting(r -> MediatorFixture.body(r).get("text").asText()).containsExactly("from agent");
            // Checklist 39, 40: DELETE closes as the visitor, without an "agent ended" notice; a second DELETE is 404.
            envelope(f.call("DELETE", "/live-agents/session/user/" + uuid, null, Map.of()), 200, "success", "Session closed");
            envelope(f.call("DELETE", "/live-agents/session/user/" + uuid, null, Map.of()), 404, "error", "Session not found");
            Thread.sleep(300);
            assertThat(f.rapidPro.requests()).hasSize(1);
        }
    }
}
