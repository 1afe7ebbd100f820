package dev.switchboard.server.e2e;

import static dev.switchboard.server.MailTesting.assertNoMail;
import static dev.switchboard.server.MailTesting.from;
import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.replyTo;
import static dev.switchboard.server.MailTesting.subject;
import static dev.switchboard.server.MailTesting.text;
import static dev.switchboard.server.MailTesting.to;
import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestServer;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST livechat/offline.message}: the widget's offline form, mailed to the support team with
 * replies going to the visitor, through a real SMTP server (GreenMail). Covers checklist (§7) items 3,
 * 4 and 46.
 */
class OfflineMessageTest {
    private static final String FAILED = "Error sending Omnichannel offline message";

    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat visitor;

    @BeforeEach
    void a_server_that_mails_to_greenmail() {
        server = MailTesting.serverMailingTo(mail);
        admin = server.admin();
        visitor = server.client();
        admin.settingsUpdate("Livechat_offline_email", "support@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_offline_message_reaches_the_offline_address_with_replies_going_to_the_visitor() throws Exception {
        var answer = visitor.offlineMessage("Ann O'Neil", "ann@example.com", "My order 42 never arrived.\nPlease help!",
                null, "https://shop.example.com/cart");

        assertThat(answer).isEqualTo(json("{'message':'Livechat offline message sent','success':true}"));
        MimeMessage m = onlyMail(mail);
        assertThat(to(m)).containsExactly("support@example.com");
        assertThat(replyTo(m)).containsExactly("Ann O'Neil <ann@example.com>");
        assertThat(from(m)).isEqualTo("Switchboard <no-reply@localhost>");
        assertThat(subject(m)).isEqualTo("Livechat offline message from Ann O'Neil: My order 42 never ar");
        assertThat(text(m)).contains("Visitor name: Ann O'Neil", "Visitor email: ann@example.com",
                "Sent from: https://shop.example.com/cart", "My order 42 never arrived.\nPlease help!");
    }

    @Test
    void a_department_with_an_address_receives_the_message_whether_named_by_id_or_by_name() {
        String id = admin.createDepartment(Map.of("name", "Sales", "email", "sales@example.com"), List.of())
                .at("/department/_id").asText();

        visitor.offlineMessage("Bob", "bob@example.com", "Do you ship to Iceland?", "Sales", null);
        MimeMessage byName = onlyMail(mail);
        assertThat(to(byName)).containsExactly("sales@example.com");
        assertThat(text(byName)).contains("Department: Sales");

        MailTesting.clear(mail);
        visitor.offlineMessage("Bob", "bob@example.com", "Do you ship to Iceland?", id, null);
        assertThat(to(onlyMail(mail))).containsExactly("sales@example.com");
    }

    @Test
    void a_department_without_an_address_or_an_unknown_one_falls_back_to_the_offline_address() {
        admin.createDepartment(Map.of("name", "Support"), List.of());

        visitor.offlineMessage("Bob", "bob@example.com", "Hello", "Support", null);
        assertThat(to(onlyMail(mail))).containsExactly("support@example.com");

        MailTesting.clear(mail);
        visitor.offlineMessage("Bob", "bob@example.com", "Hello", "No such department", null);
        assertThat(to(onlyMail(mail))).containsExactly("support@example.com");
    }

    @Test
    void names_and_texts_outside_ascii_arrive_intact_and_several_offline_addresses_all_receive_it() {
        admin.settingsUpdate("Livechat_offline_email", "support@example.com, night-shift@example.com");

        visitor.offlineMessage("Zoë Ünal, \"VIP\"", "zoe@example.com", "Grüße aus Köln — 你好", null, null);

        List<MimeMessage> copies = MailTesting.mails(mail, 2);
        MimeMessage m = copies.get(0);
        assertThat(to(m)).containsExactly("support@example.com", "night-shift@example.com");
        assertThat(to(copies.get(1))).isEqualTo(to(m));
        assertThat(replyTo(m)).containsExactly("Zoë Ünal, \"VIP\" <zoe@example.com>");
        assertThat(subject(m)).isEqualTo("Livechat offline message from Zoë Ünal, \"VIP\": Grüße aus Köln — 你好");
        assertThat(text(m)).contains("Grüße aus Köln — 你好");
    }

    @Test
    void without_any_recipient_the_message_fails_and_nothing_is_sent() {
        admin.settingsUpdate("Livechat_offline_email", "");

        assertPlainError(failure(() -> visitor.offlineMessage("Ann", "ann@example.com", "Hello", null, null)), FAILED);
        assertNoMail(mail, 500);
    }

    @Test
    void with_the_offline_form_switched_off_the_message_fails() {
        admin.settingsUpdate("Livechat_display_offline_form", false);

        assertPlainError(failure(() -> visitor.offlineMessage("Ann", "ann@example.com", "Hello", null, null)), FAILED);
        assertNoMail(mail, 500);
    }

    @Test
    void when_the_mail_server_is_down_the_visitor_gets_the_failure_envelope() {
        mail.stop();

        assertPlainError(failure(() -> visitor.offlineMessage("Ann", "ann@example.com", "Hello", null, null)), FAILED);
    }

    @Test
    void a_server_without_mail_configured_answers_the_failure_envelope() {
        try (TestServer plain = TestServer.start()) {
            RocketChatLivechat admin2 = plain.admin();
            admin2.settingsUpdate("Livechat_offline_email", "support@example.com");

            assertPlainError(failure(() -> plain.client().offlineMessage("Ann", "ann@example.com", "Hello", null, null)), FAILED);
        }
        assertNoMail(mail, 200);
    }
}
