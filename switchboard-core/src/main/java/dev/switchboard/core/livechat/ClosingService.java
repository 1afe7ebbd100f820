package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.mail.Mailboxes;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closing rooms, by the visitor or by an agent: the thread is closed, its inquiry removed, and a
 * {@code livechat-close} system message posted, all in one transaction (rocketchat-livechat.md §5.6).
 * Transcripts follow the settings of §2.9: with {@code Livechat_enable_transcript} on and
 * {@code Livechat_transcript_send_always} off the visitor is prompted ({@code promptTranscript}); with
 * send-always on, a visitor with an e-mail address gets the transcript. An agent may ask for one to any
 * address, or decline one ({@link TranscriptRequest}). Transcripts are mailed after the close commits,
 * in the background. Thread-safe.
 */
public final class ClosingService {
    public static final String CLOSED_BY_VISITOR = "Closed by visitor";
    static final String ENABLE_TRANSCRIPT = "Livechat_enable_transcript";
    static final String TRANSCRIPT_SEND_ALWAYS = "Livechat_transcript_send_always";
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;
    private final TranscriptService transcripts;

    public ClosingService(Store store, Clock clock, Settings settings, EventBus bus, TranscriptService transcripts) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
        this.transcripts = transcripts;
    }

    /** A committed close, and where its transcript goes (null: nowhere). */
    private record Closed(Thread thread, String transcriptTo, String subject) {}

    /** Checks, in Rocket.Chat's order: the setting, the token, the room, its openness. */
    public Thread closeByVisitor(String token, String rid) {
        if (!settings.bool(SettingsCatalog.VISITORS_CAN_CLOSE)) {
            throw new Invalid("error-not-allowed-to-close-conversation", null);
        }
        AfterCommit after = new AfterCommit();
        Closed closed = store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            if (!thread.isOpen()) throw new Invalid("room-closed", null);
            return close(tx, thread, contact, "visitor", new UserRef(contact.id(), contact.username()), CLOSED_BY_VISITOR,
                    null, contact.token(), null, after);
        });
        after.publishTo(bus);
        return mailTranscript(closed);
    }

    /** An agent closes a room it serves (or any room, with {@code close-others-livechat-room}). */
    public Thread closeByUser(User actor, String rid, String comment, List<String> tags) {
        return closeByUser(actor, rid, comment, tags, null);
    }

    /**
     * As {@link #closeByUser(User, String, String, List)}, with the agent's transcript choice.
     *
     * @param transcript null leaves it to the settings
     * @throws Invalid {@code invalid-params} for a requested transcript with a malformed address or an over-long subject
     */
    public Thread closeByUser(User actor, String rid, String comment, List<String> tags, TranscriptRequest transcript) {
        RolePermissions.require(actor, Permission.CLOSE_LIVECHAT_ROOM);
        if (transcript != null && transcript.send()) {
            TranscriptService.requireAddress("transcriptEmail.requestData.email", transcript.email());
            TranscriptService.requireSubject("transcriptEmail.requestData.subject", transcript.subject());
        }
        AfterCommit after = new AfterCommit();
        Closed closed = store.write(tx -> {
            Thread thread = tx.threads().findById(rid).orElseThrow(() -> new Invalid("error-invalid-room", "Invalid room"));
            if (!thread.isOpen()) throw new Invalid("error-room-already-closed", "Room is already closed");
            boolean serving = thread.agent() != null && thread.agent().id().equals(actor.id());
            if (!serving && !RolePermissions.has(actor, Permission.CLOSE_OTHERS_LIVECHAT_ROOM)) {
                throw new Forbidden("error-not-authorized", "Not authorized");
            }
            Contact contact = tx.contacts().findById(thread.contactId()).orElse(null);
            return close(tx, thread, contact, "user", new UserRef(actor.id(), actor.username()), comment == null ? "" : comment,
                    tags, null, transcript, after);
        });
        after.publishTo(bus);
        return mailTranscript(closed);
    }

    /**
     * Switchboard itself closes an open thread inside the caller's transaction (timers, an agent
     * leaving): closer {@code "user"} as upstream's automatic closes, with no closing user. The
     * transcript follows the settings as for any other close ({@code Livechat_transcript_send_always}
     * mails it to a visitor with an address); since the caller owns the commit, the mail is handed to
     * {@code after} and leaves only once the close is durable.
     */
    Thread closeBySystem(StoreTx tx, Thread thread, String comment, AfterCommit after) {
        Contact contact = tx.contacts().findById(thread.contactId()).orElse(null);
        Closed closed = close(tx, thread, contact, "user", null, comment, null, null, null, after);
        after.then(() -> mailTranscript(closed));
        return closed.thread();
    }

    private Thread mailTranscript(Closed closed) {
        if (closed.transcriptTo() != null) transcripts.sendAfterClose(closed.thread().id(), closed.transcriptTo(), closed.subject());
        return closed.thread();
    }

    private Closed close(StoreTx tx, Thread thread, Contact contact, String closer, UserRef by, String comment,
                         List<String> tags, String visitorToken, TranscriptRequest transcript, AfterCommit after) {
        var now = clock.instant();
        Thread closed = thread.closed(now, closer, by, comment, tags);
        tx.threads().update(closed);
        Inquiry waiting = tx.inquiries().findByThread(thread.id())
                .filter(i -> i.status() == Inquiry.InquiryStatus.QUEUED).orElse(null);
        tx.inquiries().deleteByThread(thread.id());
        boolean enabled = settings.bool(ENABLE_TRANSCRIPT);
        boolean always = settings.bool(TRANSCRIPT_SEND_ALWAYS);
        String transcriptTo;
        if (transcript != null) {
            transcriptTo = transcript.send() ? transcript.email() : null;
        } else {
            transcriptTo = always && contact != null && Mailboxes.isAddress(contact.email()) ? contact.email() : null;
        }
        Event.AuthorKind kind = by == null ? Event.AuthorKind.SYSTEM
                : "visitor".equals(closer) ? Event.AuthorKind.CONTACT : Event.AuthorKind.AGENT;
        UserRef author = by == null ? SystemEvents.SWITCHBOARD : by;
        var attributes = new HashMap<String, Object>();
        attributes.put("groupable", false);
        attributes.put("transcriptRequested", transcriptTo != null || (!enabled && always));
        Event event = new Event(dev.switchboard.core.model.Ids.newId(), thread.id(), 0, "livechat-close", comment, author,
                kind, null, visitorToken, null, attributes, now, now, null);
        Assignment.post(tx, closed, event, after);
        // The widget answers promptTranscript by offering the visitor a transcript; pointless when one is on its way.
        if (enabled && !always && transcriptTo == null) {
            Assignment.post(tx, closed, SystemEvents.of(thread.id(), "command", "promptTranscript", author, kind, null,
                    Map.of(), now), after);
        }
        after.add(new DomainEvent.ThreadClosed(closed, waiting));
        return new Closed(closed, transcriptTo, transcript == null ? null : transcript.subject());
    }
}
