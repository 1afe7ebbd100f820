package dev.switchboard.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.core.mail.MailException;
import dev.switchboard.core.mail.MailMessage;
import dev.switchboard.core.mail.Mailer;
import dev.switchboard.server.MailTesting;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP mailer against a real SMTP server (GreenMail): login, refusals, and what a send failure looks like. */
class SmtpMailerTest {
    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    private MailConfig config(String user, String password) {
        return new MailConfig("127.0.0.1", mail.getSmtp().getPort(), "Shop <shop@example.com>", user, password, false,
                Duration.ofSeconds(5));
    }

    private static MailMessage hello(Mailer m) {
        return new MailMessage(m.sender(), "ann@example.com", "\"Bob B.\" <bob@example.com>", "Hello", "Hi Ann");
    }

    @Test
    void a_mail_sent_with_a_login_arrives_with_sender_recipient_reply_to_and_text() throws Exception {
        mail.setUser("mailer", "s3cret");
        Mailer mailer = new SmtpMailer(config("mailer", "s3cret"));

        mailer.send(hello(mailer));

        var m = MailTesting.onlyMail(mail);
        assertThat(MailTesting.from(m)).isEqualTo("Shop <shop@example.com>");
        assertThat(MailTesting.to(m)).containsExactly("ann@example.com");
        assertThat(MailTesting.replyTo(m)).containsExactly("Bob B. <bob@example.com>");
        assertThat(MailTesting.subject(m)).isEqualTo("Hello");
        assertThat(MailTesting.text(m)).isEqualTo("Hi Ann");
    }

    @Test
    void a_refused_login_or_a_stopped_server_is_a_mail_exception_naming_the_server() {
        mail.setUser("mailer", "s3cret");
        Mailer wrong = new SmtpMailer(config("mailer", "wrong"));
        assertThatThrownBy(() -> wrong.send(hello(wrong))).isInstanceOf(MailException.class)
                .hasMessageContaining("127.0.0.1:" + mail.getSmtp().getPort());

        Mailer mailer = new SmtpMailer(config(null, null));
        mail.stop();
        assertThatThrownBy(() -> mailer.send(hello(mailer))).isInstanceOf(MailException.class);
    }

    @Test
    void unusable_addresses_fail_the_send_not_the_server() {
        Mailer mailer = new SmtpMailer(config(null, null));

        assertThatThrownBy(() -> mailer.send(new MailMessage(mailer.sender(), "not an address", null, "s", "t")))
                .isInstanceOf(MailException.class);
        assertThatThrownBy(() -> mailer.send(new MailMessage(mailer.sender(), "", null, "s", "t"))).isInstanceOf(MailException.class);
        assertThatThrownBy(() -> new SmtpMailer(new MailConfig("127.0.0.1", 25, "nobody", null, null, false, Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmtpMailer(MailConfig.disabled())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_disabled_mailer_always_fails_with_a_hint() {
        Mailer off = Mailer.disabled(MailConfig.DEFAULT_FROM);

        assertThatThrownBy(() -> off.send(hello(off))).isInstanceOf(MailException.class).hasMessageContaining("mail.smtp-host");
    }
}
