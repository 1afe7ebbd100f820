package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.mediator.MediatorConfig;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outgoing CRM webhook retries (live-agents-mediator.md §11.5) and a webhook pointed back at the mediator. */
class WebhookRetriesTest {

    @Test
    void a_receiver_answering_500_gets_five_attempts_429_is_retried_and_400_gets_one() throws Exception {
        // Checklist 43 (attempts; shortened delays through configuration).
        try (var f = new MediatorFixture(c -> c.withTiming(Duration.ofMillis(700), 5, Duration.ofMillis(40), Duration.ofMillis(20)));
             var receiver = new FakeReceiver()) {
            f.admin.settingsUpdate("Livechat_webhookUrl", receiver.url() + "/crm");
            f.admin.settingsUpdate("Livechat_webhook_on_chat_taken", true);
            receiver.answer(n -> 500);
            String rid = f.registerTaken(UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> f.metrics().get("node.webhook.failed") != null);
            Thread.sleep(300);
            assertThat(receiver.requests()).hasSize(5);

            receiver.answer(n -> n <= 5 + 2 ? 429 : 200);
            f.registerTaken(UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.requests()).hasSize(5 + 3);

            receiver.answer(n -> 400);
            f.registerTaken(UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> f.metrics().get("node.webhook.failed").asLong() == 2);
            Thread.sleep(300);
            assertThat(receiver.requests()).hasSize(5 + 3 + 1);
        }
    }

    @Test
    void a_webhook_pointed_at_the_mediators_own_endpoint_still_relays_each_agent_message_once() throws Exception {
        // Checklist 44.
        try (var f = new MediatorFixture(c -> c.withEndOfChat(MediatorConfig.EndOfChat.STATUS, null, "shared-secret"))) {
            f.admin.settingsUpdate("Livechat_webhookUrl", f.server.url() + "/live-agents/sendMessageToClient");
            f.admin.settingsUpdate("Livechat_secret_token", "shared-secret");
            f.admin.settingsUpdate("Livechat_webhook_on_agent_message", true);
            f.admin.settingsUpdate("Livechat_webhook_on_chat_taken", true);
            String rid = f.registerTaken(UUID.randomUUID().toString());
            f.alice.chatSendMessage(rid, "only once");
            await().atMost(Duration.ofSeconds(10)).until(() -> f.metrics().path("node.webhook.delivered").asLong() == 2);
            Thread.sleep(500);
            assertThat(f.rapidPro.requests()).extracting(r -> MediatorFixture.body(r).get("text").asText())
                    .containsExactly("You are now chatting with Agent alice", "only once");
        }
    }
}
