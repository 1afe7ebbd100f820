package dev.switchboard.server.e2e;

import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.text;
import static dev.switchboard.server.MailTesting.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.mail.MailConfig;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chats Switchboard closes by itself (the abandoned-room timer, the agent leave action {@code close})
 * mail the transcript like any other close when {@code Livechat_transcript_send_always} is on
 * (rocketchat-livechat.md §5.6, checklist 73; routing issue items 6 and 9).
 */
class SystemCloseTranscriptTest {
    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    private final TestClock clock = new TestClock();
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private String rid;

    @BeforeEach
    void a_conversation_served_by_alice_with_send_always_on() {
        server = TestServer.start(c -> c.withMail(MailConfig.localhost(mail.getSmtp().getPort())), clock);
        admin = server.admin();
        admin.settingsUpdate("Livechat_transcript_send_always", true);
        alice = server.onlineAgent(admin, "alice");
        RocketChatLivechat visitor = server.client();
        String token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann", "email", "ann@example.com"));
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        visitor.message(token, rid, "Is my order shipped?");
        alice.chatSendMessage(rid, "Let me look, Ann.");
    }

    @AfterEach
    void stop() { server.close(); }

    @Test
    void a_room_the_abandoned_room_timer_closes_mails_its_transcript_to_the_visitor() {
        admin.settingsUpdate("Livechat_abandoned_rooms_action", "close");
        admin.settingsUpdate("Livechat_visitor_inactivity_timeout", 600);

        clock.advance(Duration.ofSeconds(601));

        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("ann@example.com");
        assertThat(text(m)).contains("Is my order shipped?", "Let me look, Ann.");
        assertThat(E2e.roomById(admin, rid).has("open")).isFalse();
    }

    @Test
    void a_room_the_agent_leave_action_closes_mails_its_transcript_to_the_visitor() {
        admin.settingsUpdate("Livechat_agent_leave_action", "close");
        admin.settingsUpdate("Livechat_agent_leave_action_timeout", 0);

        alice.setStatus("offline", null);

        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("ann@example.com");
        await().atMost(Duration.ofSeconds(10)).until(() -> !E2e.roomById(admin, rid).has("open"));
    }
}
