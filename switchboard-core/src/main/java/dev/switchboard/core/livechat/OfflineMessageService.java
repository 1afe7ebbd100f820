package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.mail.MailException;
import dev.switchboard.core.mail.MailMessage;
import dev.switchboard.core.mail.Mailboxes;
import dev.switchboard.core.mail.Mailer;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails a visitor's offline-form message to the support team (rocketchat-livechat.md §3.6): to the
 * chosen department's address when it has one, else to the setting {@code Livechat_offline_email}
 * (which may list several addresses, comma-separated). Replies go to the visitor. Nothing is stored
 * but, once the mail is out, the outbox rows of in-transaction listeners (the CRM webhook
 * {@code LivechatOfflineMessage}, as upstream's {@code livechat.offlineMessage} callback after the mail).
 * Thread-safe.
 */
public final class OfflineMessageService {
    /** The whole error text of every failure to deliver, as upstream's English one. */
    public static final String SEND_FAILED = "Error sending Omnichannel offline message";
    public static final String OFFLINE_EMAIL = "Livechat_offline_email";
    static final String DISPLAY_OFFLINE_FORM = "Livechat_display_offline_form";
    static final int MAX_NAME_LENGTH = 256;
    static final int MAX_HOST_LENGTH = 2048;
    /** How much of the message the subject shows. */
    static final int SUBJECT_EXCERPT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(OfflineMessageService.class);

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final Mailer mailer;

    public OfflineMessageService(Store store, Clock clock, Settings settings, Mailer mailer) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.mailer = mailer;
    }

    /**
     * @throws Invalid {@code invalid-params} for an empty, over-long or malformed field; the plain
     *                 {@link #SEND_FAILED} when the offline form is switched off, no recipient is
     *                 configured, or the mail server did not take the mail
     */
    public void send(OfflineMessage m) {
        validate(m);
        if (!settings.bool(DISPLAY_OFFLINE_FORM)) throw failed("the offline form is switched off", null);
        Department department = m.department() == null || m.department().isEmpty() ? null
                : store.read(tx -> Departments.resolve(tx, m.department())).orElse(null);
        String to = department != null && department.email() != null && !department.email().isBlank()
                ? department.email() : settings.string(OFFLINE_EMAIL);
        if (to == null || to.isBlank()) throw failed("no recipient: set Livechat_offline_email or a department e-mail", null);
        try {
            mailer.send(new MailMessage(mailer.sender(), to, Mailboxes.of(m.name(), m.email()), subject(m), body(m, department)));
        } catch (MailException e) {
            throw failed(e.getMessage(), e);
        }
        var left = new DomainEvent.OfflineMessageLeft(m, department == null ? null : department.id(), clock.instant());
        // Only in-transaction listeners care (nobody is pushed), so the event is recorded, never published.
        store.write(tx -> { new AfterCommit().add(left); return null; });
    }

    private static Invalid failed(String why, MailException cause) {
        LOG.warn("offline message not sent: {}", why, cause);
        return new Invalid(SEND_FAILED, null);
    }

    static String subject(OfflineMessage m) {
        String text = Mailboxes.oneLine(m.message());
        int end = text.offsetByCodePoints(0, Math.min(SUBJECT_EXCERPT, text.codePointCount(0, text.length())));
        return "Livechat offline message from " + m.name() + ": " + text.substring(0, end);
    }

    private static String body(OfflineMessage m, Department department) {
        StringBuilder b = new StringBuilder("New livechat message\n\n");
        if (m.host() != null && !m.host().isBlank()) b.append("Sent from: ").append(Mailboxes.oneLine(m.host())).append('\n');
        b.append("Visitor name: ").append(Mailboxes.oneLine(m.name())).append('\n');
        b.append("Visitor email: ").append(m.email()).append('\n');
        if (department != null) b.append("Department: ").append(department.name()).append('\n');
        return b.append("\nMessage:\n").append(m.message()).append('\n').toString();
    }

    private static void validate(OfflineMessage m) {
        nonEmpty("name", m.name(), MAX_NAME_LENGTH);
        nonEmpty("message", m.message(), MessageService.MAX_MESSAGE_LENGTH);
        if (m.email() == null || !Mailboxes.isAddress(m.email())) {
            throw new Invalid("invalid-params", "'email' must be an e-mail address");
        }
        VisitorService.checkKeyLength("department", m.department());
        if (m.host() != null && m.host().length() > MAX_HOST_LENGTH) {
            throw new Invalid("invalid-params", "'host' must be at most " + MAX_HOST_LENGTH + " characters");
        }
    }

    private static void nonEmpty(String name, String value, int max) {
        if (value == null || value.isBlank()) throw new Invalid("invalid-params", "'" + name + "' must be a non-empty string");
        if (value.codePointCount(0, value.length()) > max) {
            throw new Invalid("invalid-params", "'" + name + "' must be at most " + max + " characters");
        }
    }
}
