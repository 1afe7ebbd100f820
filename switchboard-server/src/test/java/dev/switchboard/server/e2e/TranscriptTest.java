package dev.switchboard.server.e2e;

import static dev.switchboard.server.MailTesting.assertNoMail;
import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.replyTo;
import static dev.switchboard.server.MailTesting.subject;
import static dev.switchboard.server.MailTesting.text;
import static dev.switchboard.server.MailTesting.to;
import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestServer;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transcripts by mail: asked for by the visitor ({@code livechat/transcript}), by the closing agent
 * ({@code room.closeByUser} with {@code transcriptEmail}), or sent on every close with
 * {@code Livechat_transcript_send_always}; and the {@code promptTranscript} command. Each test has a
 * visitor "Ann" (ann@example.com) whose room alice serves, with one message each way. Covers checklist
 * (§7) items 4, 16, 46, 59 and 73.
 */
class TranscriptTest {
    private static final String SUBJECT = "Transcript of your livechat conversation.";

    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_conversation_served_by_alice() {
        server = MailTesting.serverMailingTo(mail);
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann", "email", "ann@example.com"));
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        visitor.message(token, rid, "Hello, my order is late.\nIt is order 42.");
        alice.chatSendMessage(rid, "Hi Ann, let me check.");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_visitor_gets_the_transcript_of_its_room_with_messages_in_order_and_no_system_messages() {
        JsonNode answer = visitor.transcript(token, rid, "ann.private@example.org");

        assertThat(answer).isEqualTo(json("{'message':'Omnichannel transcript sent','success':true}"));
        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("ann.private@example.org");
        assertThat(replyTo(m)).isEmpty();
        assertThat(subject(m)).isEqualTo(SUBJECT);
        String text = text(m);
        assertThat(text).startsWith(SUBJECT + "\n\n")
                .containsSubsequence("] Ann:\n  Hello, my order is late.\n  It is order 42.\n", "] Agent alice:\n  Hi Ann, let me check.\n")
                .matches("(?s).*\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC] Ann:.*")
                .doesNotContain("connected").doesNotContain("livechat-started").doesNotContain(token);
    }

    @Test
    void a_closed_room_s_transcript_can_still_be_asked_for() {
        visitor.closeRoom(rid, token);

        visitor.transcript(token, rid, "ann@example.com");

        assertThat(text(onlyMail(mail))).contains("Hi Ann, let me check.").doesNotContain("Closed by visitor");
    }

    @Test
    void another_visitors_room_or_an_unknown_token_gets_the_plain_errors_and_no_mail() {
        String other = E2e.visitor(visitor, "Mallory");

        assertPlainError(failure(() -> visitor.transcript(other, rid, "mallory@example.com")), "invalid-room");
        assertPlainError(failure(() -> visitor.transcript(TestServer.newToken(), rid, "mallory@example.com")), "invalid-token");
        assertNoMail(mail, 500);
    }

    @Test
    void when_the_mail_server_is_down_the_answer_is_upstreams_object_failure() {
        mail.stop();

        var e = failure(() -> visitor.transcript(token, rid, "ann@example.com"));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.body()).isEqualTo(json("{'message':'Error sending Omnichannel transcript','success':false}"));
    }

    @Test
    void the_closing_agent_can_have_the_transcript_mailed_with_its_own_subject() {
        JsonNode answer = alice.closeRoomByUser(rid, "Solved", Map.of("sendToVisitor", true,
                "requestData", Map.of("email", "ann@example.com", "subject", "Your chat with Shop")));

        assertThat(answer).isEqualTo(json("{'success':true}"));
        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("ann@example.com");
        assertThat(subject(m)).isEqualTo("Your chat with Shop");
        assertThat(text(m)).contains("Hello, my order is late.", "Hi Ann, let me check.");
        JsonNode close = visitor.messagesHistory(rid, token, Map.of()).at("/messages/0");
        assertThat(close.get("t").asText()).isEqualTo("livechat-close");
        assertThat(close.get("transcriptRequested").asBoolean()).isTrue();
    }

    @Test
    void with_send_always_a_visitor_with_an_address_gets_the_transcript_when_it_closes_the_room() {
        admin.settingsUpdate("Livechat_transcript_send_always", true);

        visitor.closeRoom(rid, token);

        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("ann@example.com");
        assertThat(subject(m)).isEqualTo(SUBJECT);
        assertThat(visitor.messagesHistory(rid, token, Map.of()).at("/messages/0/transcriptRequested").asBoolean()).isTrue();
    }

    @Test
    void an_agent_declining_the_transcript_overrides_send_always() {
        admin.settingsUpdate("Livechat_transcript_send_always", true);

        alice.closeRoomByUser(rid, "No mail please", Map.of("sendToVisitor", false));

        assertNoMail(mail, 1_500);
    }

    @Test
    void with_transcripts_enabled_but_not_always_sent_the_visitor_is_prompted_after_the_close() {
        admin.settingsUpdate("Livechat_enable_transcript", true);

        alice.closeRoomByUser(rid, "Bye");

        JsonNode messages = visitor.messagesHistory(rid, token, Map.of()).get("messages");
        assertThat(messages.get(0).get("t").asText()).isEqualTo("command");
        assertThat(messages.get(0).get("msg").asText()).isEqualTo("promptTranscript");
        assertThat(messages.get(1).get("t").asText()).isEqualTo("livechat-close");
        assertThat(messages.get(1).get("transcriptRequested").asBoolean()).isFalse();
        assertNoMail(mail, 500);
    }

    @Test
    void a_failing_mail_server_never_undoes_or_fails_a_close() {
        mail.stop();

        JsonNode answer = alice.closeRoomByUser(rid, "Solved", Map.of("sendToVisitor", true,
                "requestData", Map.of("email", "ann@example.com", "subject", "Your chat")));

        assertThat(answer).isEqualTo(json("{'success':true}"));
        assertThat(E2e.roomById(admin, rid).has("open")).isFalse();
    }
}
