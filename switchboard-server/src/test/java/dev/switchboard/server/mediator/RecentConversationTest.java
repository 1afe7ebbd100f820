package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The recent conversation at registration (live-agents-mediator.md §4.5, checklist 11): one visitor
 * message with the last N RapidPro messages, oldest first, labelled by direction; a failing RapidPro
 * costs the transcript, never the registration.
 */
class RecentConversationTest {
    private static final String MESSAGES = "{'results':["
            + "{'direction':'O','text':'Do you want to talk to a person?','attachments':[]},"
            + "{'direction':'I','text':'here is my photo','attachments':['image/jpeg:https://cdn.example/p.jpg']},"
            + "{'direction':'O','text':'Hello, I am the bot','attachments':[]},"
            + "{'direction':'I','text':'too old to show','attachments':[]}]}";

    private static List<String> roomTexts(MediatorFixture f, String uuid, String rid) {
        return E2e.texts(f.server.client().messagesHistory(rid, uuid, Map.of()).get("messages"), "msg");
    }

    @Test
    void registration_posts_the_last_messages_with_the_bot_as_one_visitor_message() throws Exception {
        try (var f = new MediatorFixture(c -> c.withRecentConversation(3))) {
            f.rapidPro.bodies(path -> path.startsWith("/api/v2/messages.json") ? MESSAGES.replace('\'', '"') : "{\"ok\":true}");
            String uuid = UUID.randomUUID().toString();
            JsonNode reply = f.register(uuid, "GTM_HIV_GENERAL");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("success");
            var get = f.rapidPro.requests().stream().filter(r -> r.method().equals("GET")).findFirst().orElseThrow();
            assertThat(get.path()).isEqualTo("/api/v2/messages.json?contact=" + uuid);
            assertThat(get.header("Authorization")).isEqualTo("Token " + MediatorFixture.TOKEN);
            assertThat(roomTexts(f, uuid, reply.get("rid").asText())).contains(
                    "Bot: Hello, I am the bot\nUsuario: here is my photo https://cdn.example/p.jpg\nBot: Do you want to talk to a person?");
        }
    }

    @Test
    void a_failing_rapidpro_costs_the_transcript_not_the_registration() throws Exception {
        try (var f = new MediatorFixture(c -> c.withRecentConversation(10))) {
            f.rapidPro.answer(n -> 500);
            String uuid = UUID.randomUUID().toString();
            JsonNode reply = f.register(uuid, "GTM_HIV_GENERAL");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("success");
            List<String> texts = roomTexts(f, uuid, reply.get("rid").asText());
            assertThat(texts).noneMatch(t -> t != null && t.startsWith("Bot:"));
            assertThat(texts).anyMatch(t -> t != null && t.contains("HIV test"));
        }
    }
}
