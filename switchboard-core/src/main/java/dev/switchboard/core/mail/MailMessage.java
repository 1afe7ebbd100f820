package dev.switchboard.core.mail;

import java.util.Objects;

/**
 * One plain-text e-mail to send. Addresses are RFC 5322 mailboxes as text ({@code a@b.example} or
 * {@code Name <a@b.example>}); {@code to} may list several, separated by commas. Build mailboxes that
 * carry user-supplied names with {@link Mailboxes#of}, which quotes them safely.
 *
 * @param from    the sender, normally {@link Mailer#sender()}; never null
 * @param to      one or more recipients; never null
 * @param replyTo where replies go; nullable (replies then go to {@code from})
 * @param subject one line; line breaks are folded to spaces here, so no caller can inject a header
 * @param text    the plain-text body; never null
 */
public record MailMessage(String from, String to, String replyTo, String subject, String text) {
    public MailMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        subject = Mailboxes.oneLine(subject);
    }
}
