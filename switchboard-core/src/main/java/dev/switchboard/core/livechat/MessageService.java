package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Visitor messages and room history. Thread-safe. */
public final class MessageService {
    /** Longest message accepted even with the character limit off, so a body can't bloat a room. */
    public static final int MAX_MESSAGE_LENGTH = 20_000;
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;

    public MessageService(Store store, Clock clock, Settings settings, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
    }

    /**
     * Posts a visitor message into its open room. {@code id} (null or empty: a new one) lets the client
     * choose the message id, which makes a retried send idempotent: the same id twice yields a conflict,
     * not a copy.
     */
    public Event sendFromVisitor(String token, String rid, String text, String id) {
        MessageLength.requireWithinLimit(settings, text);
        VisitorService.checkKeyLength("_id", id);
        AfterCommit after = new AfterCommit();
        try {
            Event posted = store.write(tx -> {
                Contact contact = VisitorRooms.contact(tx, token);
                Thread thread = VisitorRooms.room(tx, contact, rid);
                if (!thread.isOpen()) throw new Invalid("room-closed", null);
                Instant now = clock.instant();
                Event message = new Event(id == null || id.isEmpty() ? Ids.newId() : id, rid, 0, null, text,
                        new UserRef(contact.id(), contact.username()), Event.AuthorKind.CONTACT, contact.name(),
                        contact.token(), contact.name(), Map.of(), now, now, null);
                Thread updated = thread.withMessage(now);
                if (thread.onHold()) updated = updated.withOnHold(false, now);
                tx.threads().update(updated);
                Event stored = tx.events().append(message);
                after.add(new dev.switchboard.core.event.DomainEvent.EventPosted(updated, stored));
                if (thread.onHold()) Holds.resumed(tx, updated, contact, now, after);
                return stored;
            });
            after.publishTo(bus);
            return posted;
        } catch (DuplicateKeyException e) {
            throw new Invalid("error-duplicate-message-id", "A message with this _id already exists");
        }
    }

    /**
     * The newest messages of one of the visitor's rooms (open or closed), newest first.
     *
     * @param before only messages older than this (nullable)
     */
    public List<Event> history(String token, String rid, Instant before, int offset, int limit) {
        if (token == null || token.isEmpty()) throw new Invalid("error-token-param-not-provided", null);
        var hidden = new HashSet<>(settings.list(SettingsCatalog.HIDE_SYSTEM_MESSAGES));
        return store.read(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            VisitorRooms.room(tx, contact, rid);
            return tx.events().contactHistory(rid, before, hidden, offset, limit);
        });
    }

    /**
     * One message of one of the visitor's rooms (open or closed), system messages included.
     *
     * @throws Invalid plain {@code invalid-token}, {@code invalid-room}, or {@code invalid-message} when the
     *                 room holds no message with this id (a message of another room counts as missing)
     */
    public Event message(String token, String rid, String id) {
        return store.read(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            VisitorRooms.room(tx, contact, rid);
            return VisitorRooms.message(tx, rid, id);
        });
    }

}
