package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.mail.MailException;
import dev.switchboard.core.mail.MailMessage;
import dev.switchboard.core.mail.Mailboxes;
import dev.switchboard.core.mail.Mailer;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails the transcript of a room ({@link TranscriptText}) to an address: on a visitor's request
 * ({@code livechat/transcript}, rocketchat-livechat.md §3.6), or after a room closed when the closing
 * agent asked for it or {@code Livechat_transcript_send_always} is on (§4.6, §5.6). The room is read
 * in one read transaction; the mail is sent outside it, so a slow mail server never holds the store.
 * Thread-safe.
 */
public final class TranscriptService {
    public static final String SENT = "Omnichannel transcript sent";
    public static final String SEND_FAILED = "Error sending Omnichannel transcript";
    static final int MAX_SUBJECT_LENGTH = 512;
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptService.class);

    private final Store store;
    private final Settings settings;
    private final Mailer mailer;

    public TranscriptService(Store store, Settings settings, Mailer mailer) {
        this.store = store;
        this.settings = settings;
        this.mailer = mailer;
    }

    /**
     * Sends the transcript of one of the visitor's rooms, open or closed, to {@code email}.
     *
     * @return whether the mail server took it (false: mail disabled or failing; the reason is logged)
     * @throws Invalid {@code invalid-params} for a malformed address; plain {@code invalid-token} or
     *                 {@code invalid-room} when the token or the room is not the visitor's
     */
    public boolean send(String token, String rid, String email) {
        requireAddress("email", email);
        String text = store.read(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            return render(tx, thread, contact);
        });
        return deliver(rid, email, null, text);
    }

    /**
     * Sends a closed room's transcript in the background: the close has committed and answered, so a
     * failure can only be logged.
     */
    void sendAfterClose(String rid, String email, String subject) {
        java.lang.Thread.ofVirtual().name("transcript-mail").start(() -> {
            try {
                String text = store.read(tx -> {
                    Thread thread = tx.threads().findById(rid).orElseThrow();
                    return render(tx, thread, tx.contacts().findById(thread.contactId()).orElseThrow());
                });
                deliver(rid, email, subject, text);
            } catch (RuntimeException e) {
                LOG.warn("transcript of room {} not sent", rid, e);
            }
        });
    }

    /** @throws Invalid {@code invalid-params} unless {@code email} is one plain address */
    static void requireAddress(String name, String email) {
        if (!Mailboxes.isAddress(email)) throw new Invalid("invalid-params", "'" + name + "' must be an e-mail address");
    }

    /** @throws Invalid {@code invalid-params} for a subject longer than {@value #MAX_SUBJECT_LENGTH} characters */
    static void requireSubject(String name, String subject) {
        if (subject != null && subject.length() > MAX_SUBJECT_LENGTH) {
            throw new Invalid("invalid-params", "'" + name + "' must be at most " + MAX_SUBJECT_LENGTH + " characters");
        }
    }

    private String render(dev.switchboard.core.store.StoreTx tx, Thread thread, Contact contact) {
        List<Event> events = new ArrayList<>(tx.events().contactHistory(thread.id(), null, Set.of(), 0, 0));
        Collections.reverse(events);
        return TranscriptText.render(events, contact, settings.bool("Livechat_show_agent_info"));
    }

    private boolean deliver(String rid, String email, String subject, String text) {
        String title = subject == null || subject.isBlank() ? TranscriptText.DEFAULT_SUBJECT : subject;
        try {
            mailer.send(new MailMessage(mailer.sender(), email, null, title, text));
            return true;
        } catch (MailException e) {
            LOG.warn("transcript of room {} not sent: {}", rid, e.getMessage(), e);
            return false;
        }
    }
}
