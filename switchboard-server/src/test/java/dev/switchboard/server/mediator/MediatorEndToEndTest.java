package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The end-to-end scenario: a bot hands a contact over to an agent and back (live-agents-mediator.md §14). */
class MediatorEndToEndTest {

    @Test
    void a_bot_registers_a_contact_an_agent_takes_replies_and_closes_and_rapidpro_hears_each_step_once() throws Exception {
        try (var f = new MediatorFixture(c -> c.withEndOfChat(MediatorConfig.EndOfChat.FLOW_START, "flow-chat-ended", null))) {
            String uuid = UUID.randomUUID().toString();

            // Checklist 9, 10: registered, one room, the flow results posted as context.
            JsonNode registered = f.register(uuid, "GTM_HIV_GENERAL");
            assertThat(registered.get("http").asInt()).isEqualTo(200);
            assertThat(registered.get("status_code").asInt()).isEqualTo(200);
            assertThat(registered.get("msg").asText()).isEqualTo("Client registered successfully");
            String rid = registered.get("rid").asText();
            // Checklist 12: idempotent per contact.
            JsonNode again = f.register(uuid, "GTM_HIV_GENERAL");
            assertThat(again.get("msg").asText()).isEqualTo("Client already registered");
            assertThat(again.get("rid").asText()).isEqualTo(rid);

            // Checklist 26: the agent takes the chat; the contact is told who it is chatting with.
            f.alice.inquiriesTake(E2e.inquiryOf(f.admin, rid));
            // Checklist 18: the agent's reply reaches RapidPro as one legacy broadcast.
            f.alice.chatSendMessage(rid, "Hola Maria, how can I help?");
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() >= 2);

            // Checklist 29, 19: the contact answers; it reaches the room and is never echoed to RapidPro.
            JsonNode answered = f.toAgent(uuid, "I have a question");
            assertThat(answered.get("http").asInt()).isEqualTo(200);
            assertThat(answered.get("msg").asText()).isEqualTo("Message sent to agent");

            // Checklist 27: the agent closes; RapidPro gets the closing comment and the end-of-chat flow start.
            f.alice.closeRoomByUser(rid, "Thanks, bye");
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() >= 4);
            Thread.sleep(300); // nothing more may follow (no echo, no duplicate)

            List<FakeReceiver.Request> sent = f.rapidPro.requests();
            assertThat(sent).extracting(FakeReceiver.Request::path).containsExactly("/api/v2/broadcasts.json",
                    "/api/v2/broadcasts.json", "/api/v2/broadcasts.json", "/api/v2/flow_starts.json");
            assertThat(sent).extracting(r -> MediatorFixture.body(r).path("text").asText()).containsExactly(
                    "You are now chatting with Agent alice", "Hola Maria, how can I help?", "Thanks, bye", "");
            assertThat(sent).allSatisfy(r -> {
                // Checklist 3: every request carries the token, and a stable event id.
                assertThat(r.header("Authorization")).isEqualTo("Token " + MediatorFixture.TOKEN);
                assertThat(r.header("X-Switchboard-Event-Id")).isNotBlank();
                assertThat(MediatorFixture.body(r).path("contacts").get(0).asText()).isEqualTo(uuid);
            });
            assertThat(MediatorFixture.body(sent.get(3)).get("flow").asText()).isEqualTo("flow-chat-ended");

            // Checklist 31: the session ended with the close.
            assertThat(f.toAgent(uuid, "hello?").get("http").asInt()).isEqualTo(404);
            JsonNode metrics = f.metrics();
            assertThat(metrics.get("delivered").asLong()).isEqualTo(4);
            assertThat(metrics.get("pending").asLong()).isZero();
            // Checklist 13: after the close, a new registration opens a new room.
            assertThat(f.register(uuid, "GTM_HIV_GENERAL").get("rid").asText()).isNotEqualTo(rid);
        }
    }
}
