package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.server.mail.MailConfig;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Tests that mail: a GreenMail SMTP server on 127.0.0.1 at a free port (a fresh one per test method),
 * a Switchboard node sending to it, and readers of what arrived.
 */
public final class MailTesting {
    private MailTesting() {}

    /** Register with {@code @RegisterExtension}; started before each test's {@code @BeforeEach}. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    }

    /** A node whose mail goes to the given GreenMail. */
    public static TestServer serverMailingTo(GreenMailOperations mail) {
        return TestServer.start(c -> c.withMail(MailConfig.localhost(mail.getSmtp().getPort())));
    }

    /** Waits for exactly one mail and returns it. */
    public static MimeMessage onlyMail(GreenMailOperations mail) { return mails(mail, 1).get(0); }

    /** Waits for exactly {@code count} mails (GreenMail keeps one copy per recipient) and returns them. */
    public static List<MimeMessage> mails(GreenMailOperations mail, int count) {
        assertThat(mail.waitForIncomingEmail(10_000, count)).as("%s mail(s) arrive", count).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).as("mails received").hasSize(count);
        return List.of(received);
    }

    /** Forgets the mails received so far (the server keeps its port, unlike {@code reset()}). */
    public static void clear(GreenMailOperations mail) {
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts that no mail arrives within {@code millis}. */
    public static void assertNoMail(GreenMailOperations mail, long millis) {
        assertThat(mail.waitForIncomingEmail(millis, 1)).as("no mail expected, got %s", mail.getReceivedMessages().length).isFalse();
    }

    /** The decoded plain-text body, with the mail's CRLF line ends read as LF. */
    public static String text(MimeMessage m) {
        try {
            assertThat(m.getContentType()).startsWith("text/plain").contains("UTF-8");
            return ((String) m.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    public static List<String> to(MimeMessage m) {
        try {
            return addresses(m.getRecipients(MimeMessage.RecipientType.TO));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The Reply-To header's mailboxes as decoded {@code Name <address>} text, or empty when there is none. */
    public static List<String> replyTo(MimeMessage m) {
        try {
            return m.getHeader("Reply-To") == null ? List.of() : addresses(m.getReplyTo());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String from(MimeMessage m) {
        try {
            return addresses(m.getFrom()).get(0);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> addresses(Address[] list) {
        if (list == null) return List.of();
        return Arrays.stream(list).map(a -> (InternetAddress) a)
                .map(a -> a.getPersonal() == null ? a.getAddress() : a.getPersonal() + " <" + a.getAddress() + ">").toList();
    }
}
