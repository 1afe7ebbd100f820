package dev.switchboard.core.mail;

/**
 * The outgoing-mail port: offline messages and conversation transcripts leave through it. The server
 * wires an SMTP implementation when {@code mail.smtp-host} is configured, else {@link #disabled}.
 * Implementations are thread-safe and block until the mail server accepted the message or failed.
 */
public interface Mailer {

    /** The configured sender mailbox, such as {@code Switchboard <no-reply@localhost>}; never null. */
    String sender();

    /**
     * Hands one message to the mail server.
     *
     * @throws MailException when it was not accepted; the message is then not sent
     */
    void send(MailMessage message) throws MailException;

    /** A mailer for a server without mail: every send fails with a {@link MailException} saying so. */
    static Mailer disabled(String sender) {
        return new Mailer() {
            @Override
            public String sender() { return sender; }

            @Override
            public void send(MailMessage message) throws MailException {
                throw new MailException("mail is disabled: set mail.smtp-host to send e-mail");
            }
        };
    }
}
