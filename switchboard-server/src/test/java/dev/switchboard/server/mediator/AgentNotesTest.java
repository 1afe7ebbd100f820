package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.mediator.MediatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agents-only notes of live-agents-mediator.md §5.7 and §9.2: the agent learns what the contact
 * did not get; the contact never sees the note, and RapidPro never receives it.
 */
class AgentNotesTest {

    private static List<String> notes(MediatorFixture f, String rid) {
        return f.agentView(rid).stream().filter(e -> "agents".equals(e.path("visibility").asText()))
                .map(e -> e.path("text").asText()).toList();
    }

    @Test
    void in_reject_mode_a_message_over_the_limit_reaches_no_one_but_the_agent_gets_a_note() throws Exception {
        // Checklist 23 (reject mode).
        try (var f = new MediatorFixture(c -> c.withOutbound(640, MediatorConfig.LongMessageMode.REJECT))) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            String tooLong = "word ".repeat(300).trim();
            f.alice.chatSendMessage(rid, tooLong);
            f.alice.chatSendMessage(rid, "short one");
            await().atMost(Duration.ofSeconds(10)).until(() -> notes(f, rid).size() == 1 && f.rapidPro.accepted().size() == 2);
            Thread.sleep(300);

            assertThat(f.rapidPro.requests()).extracting(r -> MediatorFixture.body(r).get("text").asText())
                    .containsExactly("You are now chatting with Agent alice", "short one");
            assertThat(notes(f, rid).getFirst()).startsWith("A message longer than 640 characters was not delivered")
                    .contains("word word");
            assertThat(f.contactView(uuid, rid)).noneMatch(t -> t != null && t.contains("was not delivered"));
        }
    }

    @Test
    void when_rapidpro_keeps_failing_the_agent_is_told_which_message_was_not_delivered_and_the_contact_is_not()
            throws Exception {
        // Checklist 25: 500 until max-attempts (4 here), the webhook answer stays 200, the agent gets a note.
        try (var f = new MediatorFixture(c -> c)) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 1);
            f.rapidPro.answer(n -> 500);
            String payload = "{\"type\":\"Message\",\"visitor\":{\"token\":\"" + uuid + "\"},\"messages\":[{\"_id\":\"m-500\","
                    + "\"username\":\"alice\",\"agentId\":\"" + f.alice.userId() + "\",\"msg\":\"Are you still there?\"}]}";
            JsonNode answer = f.call("POST", "/live-agents/sendMessageToClient", payload, java.util.Map.of());
            assertThat(answer.get("http").asInt()).isEqualTo(200);
            assertThat(answer.get("status").asText()).isEqualTo("success");

            await().atMost(Duration.ofSeconds(10)).until(() -> f.metrics().get("failed").asLong() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> notes(f, rid).size() == 1);
            assertThat(f.rapidPro.requests()).hasSize(1 + 4);
            assertThat(notes(f, rid).getFirst()).isEqualTo("This message could not be delivered to the contact: Are you still there?");
            assertThat(f.contactView(uuid, rid)).noneMatch(t -> t != null && t.contains("could not be delivered"));

            // A 400 is not retried (checklist 25) and is worth a note as well; the notes never reach RapidPro.
            f.rapidPro.answer(n -> 400);
            f.alice.chatSendMessage(rid, "second try");
            await().atMost(Duration.ofSeconds(10)).until(() -> notes(f, rid).size() == 2);
            Thread.sleep(300);
            assertThat(f.rapidPro.requests()).hasSize(1 + 4 + 1);
            assertThat(f.rapidPro.requests()).noneMatch(r -> r.body().contains("could not be delivered"));
        }
    }
}
