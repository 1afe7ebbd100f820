package dev.switchboard.server.mail;

import dev.switchboard.core.mail.MailException;
import dev.switchboard.core.mail.MailMessage;
import dev.switchboard.core.mail.Mailer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * {@link Mailer} over SMTP with Jakarta Mail (Eclipse Angus). Each send opens its own connection,
 * bounded by the configured timeout, so a dead mail server costs a request at most that long and
 * never a thread forever. Thread-safe: the session is shared, the rest is per call.
 */
public final class SmtpMailer implements Mailer {
    private final MailConfig config;
    private final Session session;

    /** @throws IllegalArgumentException when {@code config.from()} is not one mailbox, or mail is disabled */
    public SmtpMailer(MailConfig config) {
        if (!config.enabled()) throw new IllegalArgumentException("mail.smtp-host is not set");
        parseMailbox(config.from());
        this.config = config;
        String millis = Long.toString(config.timeout().toMillis());
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", config.smtpHost());
        p.setProperty("mail.smtp.port", Integer.toString(config.smtpPort()));
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        p.setProperty("mail.smtp.auth", Boolean.toString(config.username() != null));
        if (config.starttls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            // Without "required", a server (or a man in the middle) not offering STARTTLS gets the password in clear.
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public String sender() { return config.from(); }

    @Override
    public void send(MailMessage message) throws MailException {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(mailbox(message.from()));
            m.setRecipients(Message.RecipientType.TO, recipients(message.to()));
            if (message.replyTo() != null) m.setReplyTo(new Address[] {mailbox(message.replyTo())});
            m.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            m.setText(message.text(), StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            if (config.username() != null) Transport.send(m, config.username(), config.password());
            else Transport.send(m);
        } catch (MessagingException | RuntimeException e) {
            throw new MailException("SMTP " + config.smtpHost() + ":" + config.smtpPort() + " did not take the mail: "
                    + e.getMessage(), e);
        }
    }

    /**
     * One mailbox, checked strictly.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static InternetAddress parseMailbox(String text) {
        try {
            return mailbox(text);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("'" + text + "' is not one e-mail address such as"
                    + " 'Switchboard <no-reply@example.com>': " + e.getMessage(), e);
        }
    }

    /**
     * Parses strictly, then rebuilds the address so a non-ASCII display name is encoded (RFC 2047)
     * rather than sent as raw bytes in a header.
     */
    private static InternetAddress mailbox(String text) throws MessagingException {
        InternetAddress[] parsed = InternetAddress.parse(text, true);
        if (parsed.length != 1) throw new AddressException("expected exactly one address", text);
        return encoded(parsed[0]);
    }

    private static InternetAddress[] recipients(String text) throws MessagingException {
        InternetAddress[] parsed = InternetAddress.parse(text, true);
        if (parsed.length == 0) throw new AddressException("no recipient", text);
        for (int i = 0; i < parsed.length; i++) parsed[i] = encoded(parsed[i]);
        return parsed;
    }

    private static InternetAddress encoded(InternetAddress a) throws AddressException {
        a.validate();
        if (a.getPersonal() == null) return a;
        try {
            return new InternetAddress(a.getAddress(), a.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
