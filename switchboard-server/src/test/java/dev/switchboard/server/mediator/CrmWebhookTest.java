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
import org.junit.jupiter.api.extension.RegisterExtension;

/** Switchboard's outgoing CRM webhooks (live-agents-mediator.md §11.5) as a receiver sees them. */
class CrmWebhookTest {
    @RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension SMTP = dev.switchboard.server.MailTesting.smtpServer();

    private static void hook(MediatorFixture f, FakeReceiver receiver, String... toggles) {
        f.admin.settingsUpdate("Livechat_webhookUrl", receiver.url() + "/crm");
        for (String toggle : toggles) f.admin.settingsUpdate(toggle, true);
    }

    private static List<String> types(FakeReceiver receiver) {
        return bodies(receiver).stream().map(b -> b.get("type").asText()).toList();
    }

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
            String rid = f.registerTaken(UUID.randomUUID().toString());
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

    @Test
    void each_enabled_event_type_sends_its_payload_and_disabled_ones_send_nothing() throws Exception {
        // Checklist 41: types, per-type fields, Message carries only the new message, the close carries the
        // closing comment with closingMessage:true; forwards and visitor messages are off here.
        try (var f = new MediatorFixture(UnaryOperator.identity()); var receiver = new FakeReceiver()) {
            hook(f, receiver, "Livechat_webhook_on_start", "Livechat_webhook_on_chat_queued", "Livechat_webhook_on_chat_taken",
                    "Livechat_webhook_on_agent_message", "Livechat_webhook_on_close");
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            f.toAgent(uuid, "a visitor line");
            f.alice.chatSendMessage(rid, "an agent line");
            f.alice.closeRoomByUser(rid, "Bye now");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 5);
            Thread.sleep(300);

            assertThat(types(receiver)).containsExactly("LivechatSessionStart", "LivechatSessionQueued",
                    "LivechatSessionTaken", "Message", "LivechatSession");
            List<JsonNode> sent = bodies(receiver);
            assertThat(sent).allSatisfy(b -> {
                assertThat(b.get("_id").asText()).isEqualTo(rid);
                assertThat(b.at("/visitor/token").asText()).isEqualTo(uuid);
                assertThat(b.get("departmentId").asText()).isNotBlank();
            });
            assertThat(sent.get(2).at("/servedBy/username").asText()).isEqualTo("alice");
            JsonNode message = sent.get(3);
            assertThat(message.get("messages")).hasSize(1);
            assertThat(message.at("/messages/0/msg").asText()).isEqualTo("an agent line");
            assertThat(message.at("/messages/0/agentId").asText()).isEqualTo(f.alice.userId());
            JsonNode close = sent.get(4);
            assertThat(close.get("closer").asText()).isEqualTo("user");
            assertThat(close.get("closedAt").asText()).isNotBlank();
            JsonNode last = close.get("messages").get(close.get("messages").size() - 1);
            assertThat(last.get("msg").asText()).isEqualTo("Bye now");
            assertThat(last.get("closingMessage").asBoolean()).isTrue();
            assertThat(E2e.texts(close.get("messages"), "msg")).contains("a visitor line", "an agent line");
        }
    }

    @Test
    void a_visitor_message_with_an_address_or_phone_is_a_lead_stored_on_the_visitor_and_sent_without_messages()
            throws Exception {
        // LeadCapture (§5.2, Rocket.Chat's lead capture with its default patterns).
        try (var f = new MediatorFixture(UnaryOperator.identity()); var receiver = new FakeReceiver()) {
            hook(f, receiver, "Livechat_webhook_on_capture");
            String uuid = UUID.randomUUID().toString();
            f.register(uuid, "GTM_HIV_GENERAL");
            f.toAgent(uuid, "nothing to capture here");
            f.toAgent(uuid, "write to Maria.Lopez@Example.org or call 5555-1234");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
            Thread.sleep(300);

            JsonNode lead = bodies(receiver).getFirst();
            assertThat(lead.get("type").asText()).isEqualTo("LeadCapture");
            assertThat(lead.get("messages")).isEmpty();
            assertThat(lead.at("/visitor/email/0/address").asText()).isEqualTo("Maria.Lopez@Example.org");
            assertThat(lead.at("/visitor/phone/0/phoneNumber").asText()).isEqualTo("5555-1234");
            JsonNode visitor = f.server.client().getVisitor(uuid).get("visitor");
            assertThat(visitor.at("/visitorEmails/0/address").asText()).isEqualTo("Maria.Lopez@Example.org");
        }
    }

    @Test
    void an_offline_form_message_is_sent_as_livechat_offline_message_once_it_was_mailed() throws Exception {
        // LivechatOfflineMessage (§5.2): {type, sentAt, visitor:{name,email}, message}.
        try (var f = new MediatorFixture(UnaryOperator.identity(), java.time.Clock.systemUTC(),
                c -> c.withMail(dev.switchboard.server.mail.MailConfig.localhost(SMTP.getSmtp().getPort())));
             var receiver = new FakeReceiver()) {
            f.admin.settingsUpdate("Livechat_offline_email", "support@example.com");
            f.admin.settingsUpdate("Livechat_display_offline_form", true);
            f.server.client().offlineMessage("Ana", "ana@example.org", "Nobody there?", null, null); // toggle off: nothing
            hook(f, receiver, "Livechat_webhook_on_offline_msg");
            f.server.client().offlineMessage("Ana", "ana@example.org", "Call me back, please", "GTM_HIV_GENERAL", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == 1);
            Thread.sleep(300);

            assertThat(receiver.requests()).hasSize(1);
            JsonNode offline = bodies(receiver).getFirst();
            assertThat(offline.get("type").asText()).isEqualTo("LivechatOfflineMessage");
            assertThat(offline.at("/visitor/name").asText()).isEqualTo("Ana");
            assertThat(offline.at("/visitor/email").asText()).isEqualTo("ana@example.org");
            assertThat(offline.get("message").asText()).isEqualTo("Call me back, please");
            assertThat(java.time.Instant.parse(offline.get("sentAt").asText())).isBefore(java.time.Instant.now());
            assertThat(offline.has("messages")).isFalse();
        }
    }
}
