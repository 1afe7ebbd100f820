package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
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

/**
 * Closing rooms, by the visitor or by an agent: the thread is closed, its inquiry removed, and a
 * {@code livechat-close} system message posted, all in one transaction (rocketchat-livechat.md §5.6).
 * Thread-safe.
 */
public final class ClosingService {
    public static final String CLOSED_BY_VISITOR = "Closed by visitor";
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;

    public ClosingService(Store store, Clock clock, Settings settings, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /** Checks, in Rocket.Chat's order: the setting, the token, the room, its openness. */
    public Thread closeByVisitor(String token, String rid) {
        if (!settings.bool(SettingsCatalog.VISITORS_CAN_CLOSE)) {
            throw new Invalid("error-not-allowed-to-close-conversation", null);
        }
        AfterCommit after = new AfterCommit();
        Thread closed = store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            if (!thread.isOpen()) throw new Invalid("room-closed", null);
            return close(tx, thread, "visitor", new UserRef(contact.id(), contact.username()), CLOSED_BY_VISITOR,
                    null, contact.token(), after);
        });
        after.publishTo(bus);
        return closed;
    }

    /** An agent closes a room it serves (or any room, with {@code close-others-livechat-room}). */
    public Thread closeByUser(User actor, String rid, String comment, List<String> tags) {
        RolePermissions.require(actor, Permission.CLOSE_LIVECHAT_ROOM);
        AfterCommit after = new AfterCommit();
        Thread closed = store.write(tx -> {
            Thread thread = tx.threads().findById(rid).orElseThrow(() -> new Invalid("error-invalid-room", "Invalid room"));
            if (!thread.isOpen()) throw new Invalid("error-room-already-closed", "Room is already closed");
            boolean serving = thread.agent() != null && thread.agent().id().equals(actor.id());
            if (!serving && !RolePermissions.has(actor, Permission.CLOSE_OTHERS_LIVECHAT_ROOM)) {
                throw new Forbidden("error-not-authorized", "Not authorized");
            }
            return close(tx, thread, "user", new UserRef(actor.id(), actor.username()), comment == null ? "" : comment,
                    tags, null, after);
        });
        after.publishTo(bus);
        return closed;
    }

    /**
     * Switchboard itself closes an open thread inside the caller's transaction (timers, an agent
     * leaving): closer {@code "user"} as upstream's automatic closes, with no closing user.
     */
    Thread closeBySystem(StoreTx tx, Thread thread, String comment, AfterCommit after) {
        return close(tx, thread, "user", null, comment, null, null, after);
    }

    private Thread close(StoreTx tx, Thread thread, String closer, UserRef by, String comment, List<String> tags,
                         String visitorToken, AfterCommit after) {
        var now = clock.instant();
        Thread closed = thread.closed(now, closer, by, comment, tags);
        tx.threads().update(closed);
        Inquiry waiting = tx.inquiries().findByThread(thread.id())
                .filter(i -> i.status() == Inquiry.InquiryStatus.QUEUED).orElse(null);
        tx.inquiries().deleteByThread(thread.id());
        var attributes = new HashMap<String, Object>();
        attributes.put("groupable", false);
        attributes.put("transcriptRequested", !settings.bool("Livechat_enable_transcript")
                && settings.bool("Livechat_transcript_send_always"));
        Event.AuthorKind kind = by == null ? Event.AuthorKind.SYSTEM
                : "visitor".equals(closer) ? Event.AuthorKind.CONTACT : Event.AuthorKind.AGENT;
        Event event = new Event(dev.switchboard.core.model.Ids.newId(), thread.id(), 0, "livechat-close", comment,
                by == null ? SystemEvents.SWITCHBOARD : by, kind, null, visitorToken,
                null, attributes, now, now, null);
        Assignment.post(tx, closed, event, after);
        after.add(new DomainEvent.ThreadClosed(closed, waiting));
        return closed;
    }
}
