package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.ThreadStore.ThreadQuery;
import java.util.List;
import java.util.OptionalInt;

/** Read-only views of rooms for agents, managers and visitors. Thread-safe. */
public final class RoomQueries {
    private final Store store;

    public RoomQueries(Store store) { this.store = store; }

    /**
     * Rooms matching the query: with {@code view-livechat-rooms}, any; with only {@code view-l-room},
     * just the actor's own (the query must name exactly the actor as agent).
     */
    public Page<RoomView> list(User actor, ThreadQuery query, PageRequest page) {
        boolean ownOnly = query.agents().size() == 1 && query.agents().get(0).equals(actor.id());
        if (ownOnly) RolePermissions.require(actor, Permission.VIEW_LIVECHAT_ROOMS, Permission.VIEW_L_ROOM);
        else RolePermissions.require(actor, Permission.VIEW_LIVECHAT_ROOMS);
        return store.read(tx -> {
            var threads = tx.threads().list(query, page);
            return new Page<>(threads.items().stream().map(t -> VisitorRooms.view(tx, t)).toList(), threads.total());
        });
    }

    /** The agent serving the visitor's room. @throws Invalid invalid-token, invalid-room, invalid-agent */
    public User servingAgent(String token, String rid) {
        return store.read(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            if (thread.agent() == null) throw new Invalid("invalid-agent", null);
            return tx.users().findById(thread.agent().id()).orElseThrow(() -> new Invalid("invalid-agent", null));
        });
    }

    /** The visitor's open room, if any, for bootstrapping a widget. */
    public java.util.Optional<RoomView> openRoomOf(Contact contact) {
        return store.read(tx -> tx.threads().findOpenByContact(contact.id()).map(t -> VisitorRooms.view(tx, t)));
    }

    /** Every room of the visitor with this token, newest first (managers only). */
    public List<RoomView> roomsOfVisitor(User actor, String token) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        return store.read(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            return tx.threads().listByContact(contact.id()).stream().map(t -> VisitorRooms.view(tx, t)).toList();
        });
    }

    /** Whether any agent is online, in the department when one is given (nullable). */
    public boolean anyAgentOnline(String departmentId) {
        return store.read(tx -> !tx.users().onlineAgents(departmentId).isEmpty());
    }

    /** The agent serving a room, if any (for a widget's bootstrap). */
    public java.util.Optional<User> agentOf(Thread thread) {
        if (thread.agent() == null) return java.util.Optional.empty();
        return store.read(tx -> tx.users().findById(thread.agent().id()));
    }

    /**
     * The place of a room in its queue (1 = next), as {@link QueuePositions} announces it, for a widget
     * that subscribed after the announcement; empty once the room is served or closed.
     */
    public OptionalInt queueSpot(Thread thread) {
        return store.read(tx -> {
            var inquiry = tx.inquiries().findByThread(thread.id()).filter(i -> i.status() == Inquiry.InquiryStatus.QUEUED);
            if (inquiry.isEmpty()) return OptionalInt.empty();
            List<Inquiry> waiting = tx.inquiries().listQueued(QueuePositions.queueOf(inquiry.get().departmentId()),
                    QueuePositions.OLDEST_FIRST).items();
            for (int i = 0; i < waiting.size(); i++) if (waiting.get(i).id().equals(inquiry.get().id())) return OptionalInt.of(i + 1);
            return OptionalInt.empty();
        });
    }
}
