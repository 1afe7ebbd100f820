package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.StoreTx;

/**
 * The token ↔ room checks every visitor operation starts with (rocketchat-livechat.md §1.9 rule 2).
 * A room of another visitor is reported exactly like a missing one, so nothing leaks.
 */
final class VisitorRooms {
    private VisitorRooms() {}

    /** @throws Invalid plain {@code invalid-token} */
    static Contact contact(StoreTx tx, String token) {
        if (token == null || token.isEmpty()) throw new Invalid("invalid-token", null);
        return tx.contacts().findByToken(token).orElseThrow(() -> new Invalid("invalid-token", null));
    }

    /** The visitor's room in any state. @throws Invalid plain {@code invalid-room} */
    static Thread room(StoreTx tx, Contact contact, String rid) {
        return tx.threads().findById(rid).filter(t -> t.contactId().equals(contact.id()))
                .orElseThrow(() -> new Invalid("invalid-room", null));
    }

    /** The visitor's open room. @throws Invalid plain {@code invalid-room} (closed counts as missing) */
    static RoomView openRoom(StoreTx tx, Contact contact, String rid) {
        Thread t = room(tx, contact, rid);
        if (!t.isOpen()) throw new Invalid("invalid-room", null);
        return view(tx, t);
    }

    /** {@code room} itself, when it is the visitor's and open. @throws Invalid plain {@code invalid-room} */
    static Thread requireOpen(Contact contact, Thread room) {
        if (!room.contactId().equals(contact.id()) || !room.isOpen()) throw new Invalid("invalid-room", null);
        return room;
    }

    /** A message of the room. @throws Invalid plain {@code invalid-message} (another room's counts as missing) */
    static Event message(StoreTx tx, String rid, String id) {
        return tx.events().findById(id).filter(e -> e.threadId().equals(rid))
                .orElseThrow(() -> new Invalid("invalid-message", null));
    }

    static RoomView view(StoreTx tx, Thread t) {
        Contact c = tx.contacts().findById(t.contactId()).orElseThrow();
        var dept = t.departmentId() == null ? null : tx.departments().findById(t.departmentId()).orElse(null);
        return new RoomView(t, c, dept, tx.surveys().findByThread(t.id()).orElse(null));
    }
}
