package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Failures;
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
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
        checkMessage(text, id);
        return post(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            if (!thread.isOpen()) throw new Invalid("room-closed", null);
            return Optional.of(new Author(contact, thread));
        }, text, id).orElseThrow();
    }

    /**
     * The legacy DDP send ({@code sendMessageLivechat}) into a room that already exists: the room check
     * of {@link RoomService#openWithId} and {@link #sendFromVisitor} in one write transaction instead of a
     * read and a write, with the same checks and errors in the same order.
     *
     * @return completes after the commit; with empty, nothing written, when no room has the id {@code rid}
     *         (the caller opens it first). Fails with the errors {@link #sendFromVisitor} throws.
     */
    public CompletableFuture<Optional<Event>> sendToExistingRoom(String token, String rid, String text, String id) {
        VisitorService.checkKeyLength("rid", rid);
        AfterCommit after = new AfterCommit();
        // Queued, not awaited: a connection may have several messages in one group-commit batch.
        return store.writeAsync(appending(tx -> {
            Optional<Thread> room = tx.threads().findById(rid);
            if (room.isEmpty()) return Optional.empty();
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.requireOpen(contact, room.get());
            checkMessage(text, id);
            return Optional.of(new Author(contact, thread));
        }, text, id, after)).handle((posted, failure) -> {
            if (failure != null) throw translated(Failures.cause(failure));
            after.publishTo(bus);
            return posted;
        });
    }

    private void checkMessage(String text, String id) {
        MessageLength.requireWithinLimit(settings, text);
        VisitorService.checkKeyLength("_id", id);
    }

    /** The visitor and the open room a message goes into. */
    private record Author(Contact contact, Thread thread) {}

    /** Posts the message into the room {@code check} finds, in the same transaction; nothing when it finds none. */
    private Optional<Event> post(Function<StoreTx, Optional<Author>> check, String text, String id) {
        AfterCommit after = new AfterCommit();
        Optional<Event> posted;
        try {
            posted = store.write(appending(check, text, id, after));
        } catch (RuntimeException e) {
            throw translated(e);
        }
        after.publishTo(bus);
        return posted;
    }

    private Function<StoreTx, Optional<Event>> appending(Function<StoreTx, Optional<Author>> check, String text,
                                                         String id, AfterCommit after) {
        return tx -> check.apply(tx).map(a -> append(tx, a.contact(), a.thread(), text, id, after));
    }

    /** A write's failure as the caller reports it: a clashing message id is the client's error. */
    private static RuntimeException translated(Throwable failure) {
        if (failure instanceof DuplicateKeyException) {
            return new Invalid("error-duplicate-message-id", "A message with this _id already exists");
        }
        if (failure instanceof RuntimeException e) return e;
        if (failure instanceof Error e) throw e;
        return new IllegalStateException(failure);
    }

    private Event append(StoreTx tx, Contact contact, Thread thread, String text, String id, AfterCommit after) {
        Instant now = clock.instant();
        Event message = new Event(id == null || id.isEmpty() ? Ids.newId() : id, thread.id(), 0, null, text,
                new UserRef(contact.id(), contact.username()), Event.AuthorKind.CONTACT, contact.name(),
                contact.token(), contact.name(), Map.of(), now, now, null);
        Thread updated = thread.withMessage(now);
        if (thread.onHold()) updated = updated.withOnHold(false, now);
        Event stored = tx.events().append(message, updated);
        after.add(new dev.switchboard.core.event.DomainEvent.EventPosted(updated, stored));
        if (thread.onHold()) Holds.resumed(tx, updated, contact, now, after);
        return stored;
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
