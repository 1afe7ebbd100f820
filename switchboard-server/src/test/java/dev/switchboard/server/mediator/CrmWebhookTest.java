package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Switchboard's outgoing CRM webhooks (live-agents-mediator.md §11.5) as a receiver sees them. */
class CrmWebhookTest {

    private static List<JsonNode> bodies(FakeReceiver receiver) {
        return receiver.requests().stream().map(MediatorFixture::body).toList();
    }

    @Test
    void the_body_of_a_receivers_200_answer_comes_back_as_crm_data_in_the_rooms_next_payload() throws Exception {
        // Checklist 43 (crmData), 42 (no secret, no header).
        try (var f = new MediatorFixture(UnaryOperator.identity()); var receiver = new FakeReceiver()) {
            receiver.bodies(path -> "{\"lead\":\"L-42\",\"score\":7}");
            f.admin.settingsUpdate("Livechat_webhookUrl", receiver.url() + "/crm");
            f.admin.settingsUpdate("Livechat_webhook_on_agent_message", true);
            String rid = f.register(UUID.randomUUID().toString(), "GTM_HIV_GENERAL").get("rid").asText();
            f.alice.inquiriesTake(E2e.inquiryOf(f.admin, rid));
            f.alice.chatSendMessage(rid, "first");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
            f.alice.chatSendMessage(rid, "second");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 2);

            List<JsonNode> sent = bodies(receiver);
            assertThat(sent.get(0).has("crmData")).isFalse();
            assertThat(sent.get(1).get("messages").get(0).get("msg").asText()).isEqualTo("second");
            assertThat(sent.get(1).get("crmData").get("lead").asText()).isEqualTo("L-42");
            assertThat(sent.get(1).get("crmData").get("score").asInt()).isEqualTo(7);
            assertThat(receiver.requests()).allSatisfy(r -> assertThat(r.header("X-RocketChat-Livechat-Token")).isNull());
        }
    }
}
