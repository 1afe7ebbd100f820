package dev.switchboard.server.mail;

import java.time.Duration;

/**
 * How the server sends e-mail (configuration keys {@code mail.*}). Mail is disabled when no SMTP host
 * is configured; offline messages and transcripts then answer their failure envelopes.
 *
 * @param smtpHost  the SMTP server's host name; null disables mail
 * @param smtpPort  its port (25 by default; 587 is usual with STARTTLS)
 * @param from      the sender mailbox, such as {@code Switchboard <no-reply@example.com>}; never null
 * @param username  SMTP login; null for an open relay (then {@code password} is null too)
 * @param password  nullable, with {@code username}
 * @param starttls  require STARTTLS before anything is sent
 * @param timeout   for connecting, and for each read and write on the connection
 */
public record MailConfig(String smtpHost, int smtpPort, String from, String username, String password, boolean starttls,
                         Duration timeout) {
    public static final String DEFAULT_FROM = "Switchboard <no-reply@localhost>";
    public static final int DEFAULT_PORT = 25;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** No mail: the default. */
    public static MailConfig disabled() {
        return new MailConfig(null, DEFAULT_PORT, DEFAULT_FROM, null, null, false, DEFAULT_TIMEOUT);
    }

    /** Plain SMTP without login on 127.0.0.1 (tests, a local relay). */
    public static MailConfig localhost(int port) {
        return new MailConfig("127.0.0.1", port, DEFAULT_FROM, null, null, false, DEFAULT_TIMEOUT);
    }

    public boolean enabled() { return smtpHost != null; }

    /** Never shows the password (this record ends up in logs and exception messages). */
    @Override
    public String toString() {
        return "MailConfig[smtpHost=" + smtpHost + ", smtpPort=" + smtpPort + ", from=" + from + ", username=" + username
                + ", password=" + (password == null ? null : "***") + ", starttls=" + starttls + ", timeout=" + timeout + "]";
    }
}
