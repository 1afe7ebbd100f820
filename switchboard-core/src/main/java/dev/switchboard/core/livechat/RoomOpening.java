package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a livechat room comes into being, inside the caller's transaction: the thread in the contact's
 * web chat, its queued inquiry, the contact's last-thread mark and the {@code livechat-started}
 * message. A visitor's room ({@link RoomService}) and a room an agent opens through the LiveChat API
 * ({@code start_chat}, {@code resume_chat}) are made the same way, so both APIs see the same room.
 */
public final class RoomOpening {
    /** The channel of web chats: every livechat room of a contact is a thread of its web chat. */
    public static final String WEB_CHANNEL = RoomService.WEB_CHANNEL;

    private RoomOpening() {}

    /**
     * @param departmentId   nullable
     * @param tags           the new thread's tags (empty for none)
     * @param defaultAgentId the agent routing should prefer (nullable)
     * @throws dev.switchboard.core.store.DuplicateKeyException when the chat already has an open thread
     */
    public static Thread open(StoreTx tx, Contact contact, String roomId, String departmentId, Thread.ThreadSource source,
                              List<String> tags, String defaultAgentId, Instant now, AfterCommit after) {
        Thread thread = new Thread(roomId, tx.threads().chatFor(contact.id(), RoomService.WEB_CHANNEL), contact.id(),
                contact.displayName(), departmentId, null, source, tags, Map.of(), 0, null,
                now, now, null, null, null, null, false);
        tx.threads().insert(thread);
        Inquiry inquiry = new Inquiry(Ids.newHexId(), thread.id(), contact.id(), thread.name(), Inquiry.InquiryStatus.QUEUED,
                departmentId, defaultAgentId, source.type(), now, now, null, null, now);
        tx.inquiries().insert(inquiry);
        tx.contacts().update(contact.withLastThread(thread.id(), now));
        after.add(new DomainEvent.ThreadOpened(thread, inquiry));
        Assignment.post(tx, thread, SystemEvents.of(thread.id(), "livechat-started", "",
                new UserRef(contact.id(), contact.username()), Event.AuthorKind.CONTACT, contact.name(),
                Map.of("groupable", false), now), after);
        return thread;
    }

    /** Gives a just-opened room to {@code agent} at once, as taking its inquiry would. */
    public static Thread assign(StoreTx tx, Thread thread, User agent, Instant now, AfterCommit after) {
        Inquiry inquiry = tx.inquiries().findByThread(thread.id()).orElseThrow();
        return Assignment.assign(tx, inquiry, agent, now, after);
    }
}
