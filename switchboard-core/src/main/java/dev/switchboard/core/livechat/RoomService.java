package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A visitor's rooms: find or open one, with its inquiry and routing in the same transaction.
 * The database's one-open-thread-per-chat index decides races between concurrent requests of one
 * visitor: the loser reads the winner's room. Thread-safe.
 */
public final class RoomService {
    static final String WEB_CHANNEL = "web";
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;
    private final Router router;

    public RoomService(Store store, Clock clock, Settings settings, EventBus bus, Router router) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
        this.router = router;
    }

    /** The result of {@link #getOrCreate}: the room, and whether this call created it. */
    public record RoomResult(RoomView room, boolean newRoom) {}

    public RoomResult getOrCreate(RoomRequest request) {
        AfterCommit after = new AfterCommit();
        try {
            RoomResult result = store.write(tx -> findOrOpen(tx, request, after));
            after.publishTo(bus);
            return routed(result);
        } catch (DuplicateKeyException raced) {
            // A concurrent request of the same visitor opened the room first: answer with the winner's.
            return store.read(tx -> existingOpen(tx, VisitorRooms.contact(tx, request.token()))
                    .map(room -> new RoomResult(room, false)).orElseThrow(() -> raced));
        }
    }

    /**
     * The room with a client-chosen id, opened when no room has that id yet: the legacy DDP flow
     * ({@code sendMessageLivechat}) lets the visitor pick its room's {@code _id} before the first
     * message. A visitor that already has an open room under another id, or an id taken by another
     * visitor's room, gets {@code invalid-room}.
     */
    public RoomResult getOrCreateWithId(String token, String rid, Thread.ThreadSource source) {
        VisitorService.checkKeyLength("rid", rid);
        // The legacy sendMessageLivechat path calls this before every message; once the room exists it is a
        // pure read, and taking the (on SQLite, serialized) write path for it would double each message's
        // write transactions. Same checks in the same order as below, so the same errors.
        Optional<RoomResult> existing = store.read(tx -> tx.threads().findById(rid).isEmpty() ? Optional.<RoomResult>empty()
                : Optional.of(new RoomResult(VisitorRooms.openRoom(tx, VisitorRooms.contact(tx, token), rid), false)));
        if (existing.isPresent()) return existing.get();
        AfterCommit after = new AfterCommit();
        try {
            RoomResult result = store.write(tx -> {
                Contact contact = VisitorRooms.contact(tx, token);
                if (tx.threads().findById(rid).isPresent()) {
                    return new RoomResult(VisitorRooms.openRoom(tx, contact, rid), false);
                }
                if (existingOpen(tx, contact).isPresent()) throw new Invalid("invalid-room", null);
                return new RoomResult(open(tx, contact, new RoomRequest(token, null, null, source), rid, after), true);
            });
            after.publishTo(bus);
            return routed(result);
        } catch (DuplicateKeyException raced) {
            return store.read(tx -> new RoomResult(VisitorRooms.openRoom(tx, VisitorRooms.contact(tx, token), rid), false));
        }
    }

    /**
     * Whether {@link #getOrCreateWithId} would open the room, opening it if so; for the legacy DDP send,
     * which calls it before every message and needs no view of the room. An existing room costs two
     * reads (the room, the visitor) instead of its whole view; the checks and errors are the same.
     */
    public boolean openWithId(String token, String rid, Thread.ThreadSource source) {
        VisitorService.checkKeyLength("rid", rid);
        boolean exists = store.read(tx -> tx.threads().findById(rid).map(room -> {
            VisitorRooms.requireOpen(VisitorRooms.contact(tx, token), room);
            return true;
        }).orElse(false));
        return !exists && getOrCreateWithId(token, rid, source).newRoom();
    }

    /**
     * A new room is routed before the visitor hears of it, so that with automatic routing the answer
     * already names its agent (Rocket.Chat delegates synchronously, rocketchat-livechat.md §4.4).
     */
    private RoomResult routed(RoomResult result) {
        if (!result.newRoom()) return result;
        // Re-read even when this pass assigned nothing: a background pass may have routed the room first.
        router.drain();
        String id = result.room().thread().id();
        return new RoomResult(store.read(tx -> VisitorRooms.view(tx, tx.threads().findById(id).orElseThrow())), true);
    }

    private RoomResult findOrOpen(StoreTx tx, RoomRequest request, AfterCommit after) {
        Contact contact = VisitorRooms.contact(tx, request.token());
        if (request.rid() != null) {
            return new RoomResult(VisitorRooms.openRoom(tx, contact, request.rid()), false);
        }
        var open = existingOpen(tx, contact);
        if (open.isPresent()) return new RoomResult(open.get(), false);
        return new RoomResult(open(tx, contact, request, Ids.newId(), after), true);
    }

    private java.util.Optional<RoomView> existingOpen(StoreTx tx, Contact contact) {
        return tx.threads().findOpenByContact(contact.id()).map(t -> VisitorRooms.view(tx, t));
    }

    private RoomView open(StoreTx tx, Contact contact, RoomRequest request, String roomId, AfterCommit after) {
        // A customer banned through the LiveChat API (ban_customer) may not start a new conversation here either.
        var bannedUntil = tx.contacts().bannedUntil(contact.id());
        if (bannedUntil != null && bannedUntil.isAfter(clock.instant())) {
            throw new Invalid("error-customer-banned", "You have been banned from starting new conversations");
        }
        var candidates = tx.users().onlineAgents(contact.departmentId());
        if (candidates.isEmpty() && !settings.bool(SettingsCatalog.ACCEPT_WITH_NO_AGENTS)) {
            throw new Invalid("no-agent-online", "Sorry, no online agents");
        }
        String defaultAgent = candidates.stream().map(User::id).filter(id -> id.equals(request.agentId()))
                .findFirst().orElse(null);
        Thread thread = RoomOpening.open(tx, contact, roomId, contact.departmentId(), request.source(), List.of(),
                defaultAgent, clock.instant(), after);
        return VisitorRooms.view(tx, thread);
    }
}
