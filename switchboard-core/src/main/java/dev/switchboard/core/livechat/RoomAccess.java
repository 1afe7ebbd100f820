package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.util.Optional;

/**
 * Who may follow a room live (rocketchat-livechat.md §5.3): a visitor by the room's token, an agent
 * by serving it or by permission. Answers are yes/no, never errors, because a refused subscription is
 * answered with {@code nosub}, and a refused typing write silently. Thread-safe.
 */
public final class RoomAccess {
    private final Store store;

    public RoomAccess(Store store) { this.store = store; }

    /** The room, when the token owns it (and it is open, if asked). */
    public Optional<Thread> visitorRoom(String token, String rid, boolean mustBeOpen) {
        return visitorRoomWithOwner(token, rid, mustBeOpen).map(VisitorRoom::room);
    }

    /** A room and the visitor owning it. */
    public record VisitorRoom(Thread room, Contact owner) {}

    /** Like {@link #visitorRoom}, with the owner read in the same transaction. */
    public Optional<VisitorRoom> visitorRoomWithOwner(String token, String rid, boolean mustBeOpen) {
        if (token == null || token.isEmpty() || rid == null || rid.isEmpty()) return Optional.empty();
        return store.read(tx -> tx.threads().findById(rid).filter(t -> !mustBeOpen || t.isOpen())
                .flatMap(t -> tx.contacts().findById(t.contactId()).filter(c -> c.token().equals(token))
                        .map(c -> new VisitorRoom(t, c))));
    }

    /** The room, when the user serves it or may view every livechat room. */
    public Optional<Thread> agentRoom(User user, String rid) {
        if (user == null || rid == null || rid.isEmpty()) return Optional.empty();
        return store.read(tx -> tx.threads().findById(rid)).filter(t ->
                (t.agent() != null && t.agent().id().equals(user.id()))
                        || RolePermissions.has(user, Permission.VIEW_LIVECHAT_ROOMS));
    }

    /** Whether the user may watch the inquiry queue. */
    public boolean canWatchQueue(User user) {
        return user != null && RolePermissions.has(user, Permission.VIEW_L_ROOM);
    }
}
