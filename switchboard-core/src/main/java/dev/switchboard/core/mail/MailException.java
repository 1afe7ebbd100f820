package dev.switchboard.core.mail;

/**
 * A mail could not be handed to the mail server: mail is not configured, an address is unusable, the
 * server is unreachable, refused the login or the message. Checked, because every caller must decide
 * what its user sees when mail fails (an error envelope, or only a log line after a committed close).
 */
public final class MailException extends Exception {
    public MailException(String message) { super(message); }

    public MailException(String message, Throwable cause) { super(message, cause); }
}
