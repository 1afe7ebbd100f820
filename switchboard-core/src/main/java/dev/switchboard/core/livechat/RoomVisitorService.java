package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Store;
import java.time.Clock;

/**
 * Changing a room's visitor ({@code PUT livechat/room.visitor}, rocketchat-livechat.md §4.6; deprecated
 * upstream in 7.0 but in the spec): the thread and its inquiry move to the new visitor, and the room's
 * followers get {@code visitorData} (§5.5, checklist 72). Checks in upstream's order: the new visitor,
 * the room, the room's current visitor.
 *
 * <p>Decision: Switchboard keeps at most one open thread per visitor and channel (a database
 * invariant upstream lacks), so moving an open room to a visitor that already has one fails with
 * {@code visitor-has-open-rooms} instead of leaving two. The room joins the new visitor's web chat,
 * the only channel the Rocket.Chat adapter opens rooms on. Thread-safe.
 */
public final class RoomVisitorService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public RoomVisitorService(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    private record Changed(DomainEvent.RoomVisitorChanged event, RoomView view) {}

    /**
     * @throws Invalid {@code invalid-visitor}, {@code invalid-room}, {@code invalid-room-visitor}, or
     *                 {@code visitor-has-open-rooms}
     */
    public RoomView change(User actor, String rid, String newVisitorId, String oldVisitorId) {
        RolePermissions.require(actor, Permission.CHANGE_LIVECHAT_ROOM_VISITOR);
        Changed changed;
        try {
            changed = store.write(tx -> {
                Contact visitor = tx.contacts().findById(newVisitorId).orElseThrow(() -> new Invalid("invalid-visitor", null));
                Thread thread = tx.threads().findById(rid).orElseThrow(() -> new Invalid("invalid-room", null));
                if (!thread.contactId().equals(oldVisitorId)) throw new Invalid("invalid-room-visitor", null);
                var now = clock.instant();
                Thread moved = thread.withContact(tx.threads().chatFor(visitor.id(), RoomService.WEB_CHANNEL), visitor.id(),
                        visitor.displayName(), now);
                tx.threads().update(moved);
                tx.inquiries().findByThread(rid).ifPresent(i -> tx.inquiries().update(i.withContact(visitor.id(),
                        visitor.displayName(), now)));
                return new Changed(new DomainEvent.RoomVisitorChanged(moved, visitor), VisitorRooms.view(tx, moved));
            });
        } catch (DuplicateKeyException e) {
            throw new Invalid("visitor-has-open-rooms", null);
        }
        bus.publish(changed.event());
        return changed.view();
    }
}
