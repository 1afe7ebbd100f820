package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The outbox under failing receivers: retried with backoff, delivered once each, in order per room. */
class OutboxDeliveryTest {

    @Test
    void rapidpro_down_then_up_receives_every_agent_message_exactly_once_in_order() throws Exception {
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.register(uuid, "GTM_HIV_GENERAL").get("rid").asText();
            f.rapidPro.answer(n -> n <= 3 ? 500 : 200); // down for the first three requests
            f.alice.inquiriesTake(E2e.inquiryOf(f.admin, rid));
            for (int i = 1; i <= 5; i++) f.alice.chatSendMessage(rid, "part " + i);

            await().atMost(Duration.ofSeconds(15)).until(() -> f.rapidPro.accepted().size() >= 6);
            Thread.sleep(300);
            List<FakeReceiver.Request> ok = f.rapidPro.accepted();
            assertThat(ok).extracting(r -> MediatorFixture.body(r).get("text").asText()).containsExactly(
                    "You are now chatting with Agent alice", "part 1", "part 2", "part 3", "part 4", "part 5");
            // The failed attempts were retries of the same item: same event id, no second delivery.
            assertThat(ok).extracting(r -> r.header("X-Switchboard-Event-Id")).doesNotHaveDuplicates();
            assertThat(f.rapidPro.requests()).hasSize(9);
            assertThat(f.metrics().get("delivered").asLong()).isEqualTo(6);
            assertThat(f.metrics().get("failed").asLong()).isZero();
            assertThat(f.metrics().get("node.rapidpro.retried").asLong()).isEqualTo(3);
        }
    }

    @Test
    void a_webhook_receiver_that_times_out_then_recovers_gets_each_event_once_in_order_with_the_secret() throws Exception {
        try (var f = new MediatorFixture(UnaryOperator.identity()); var receiver = new FakeReceiver()) {
            f.admin.settingsUpdate("Livechat_webhookUrl", receiver.url() + "/crm");
            f.admin.settingsUpdate("Livechat_secret_token", "crm-secret");
            f.admin.settingsUpdate("Livechat_http_timeout", 300);
            f.admin.settingsUpdate("Livechat_webhook_on_agent_message", true);
            f.admin.settingsUpdate("Livechat_webhook_on_close", true);
            String rid = f.registerTaken(UUID.randomUUID().toString());
            receiver.delay(600); // longer than the 300 ms timeout: attempts fail
            f.alice.chatSendMessage(rid, "first");
            f.alice.chatSendMessage(rid, "second");
            f.alice.closeRoomByUser(rid, "done");
            Thread.sleep(1200);
            receiver.delay(0); // back up

            await().atMost(Duration.ofSeconds(15)).until(() -> f.metrics().get("pending").asLong() == 0);
            var delivered = f.metrics().get("delivered").asLong();
            assertThat(delivered).isGreaterThanOrEqualTo(3);
            // Checklist 41, 42: the payload types in order, each with the secret header.
            List<FakeReceiver.Request> firstOfEach = receiver.requests().stream()
                    .filter(r -> r.status() == 200).toList();
            assertThat(firstOfEach).isNotEmpty();
            var ids = receiver.requests().stream().map(r -> r.header("X-Switchboard-Event-Id")).distinct().toList();
            assertThat(ids).hasSize(3);
            assertThat(ids.stream().map(id -> receiver.requests().stream().filter(r -> id.equals(r.header("X-Switchboard-Event-Id")))
                    .findFirst().map(r -> MediatorFixture.body(r).get("type").asText() + ":"
                            + MediatorFixture.body(r).get("messages").get(MediatorFixture.body(r).get("messages").size() - 1)
                            .get("msg").asText()).orElseThrow()).toList())
                    .containsExactly("Message:first", "Message:second", "LivechatSession:done");
            assertThat(receiver.requests()).allSatisfy(r ->
                    assertThat(r.header("X-RocketChat-Livechat-Token")).isEqualTo("crm-secret"));
        }
    }

    @Test
    void a_rapidpro_400_is_not_retried_and_counts_as_failed() throws Exception {
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            f.rapidPro.answer(n -> 400);
            String rid = f.registerTaken(UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> f.metrics().get("failed").asLong() == 1);
            Thread.sleep(300);
            assertThat(f.rapidPro.requests()).hasSize(1); // checklist 25: a 400 is not retried
        }
    }
}
