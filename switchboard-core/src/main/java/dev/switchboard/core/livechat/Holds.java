package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.Map;

/**
 * Putting a chat on hold and resuming it, inside the caller's transaction, with Rocket.Chat's system
 * messages. A chat on hold stays with its agent but does not count towards the agent's limit; the
 * visitor's next message resumes it.
 */
final class Holds {
    private Holds() {}

    static Thread hold(StoreTx tx, Thread thread, String comment, Instant now, AfterCommit after) {
        Thread held = thread.withOnHold(true, now);
        tx.threads().update(held);
        Assignment.post(tx, held, SystemEvents.of(held.id(), "omnichannel_placed_chat_on_hold", comment,
                SystemEvents.SWITCHBOARD, Event.AuthorKind.SYSTEM, "Switchboard",
                Map.of("comment", comment), now), after);
        after.add(new DomainEvent.HoldChanged(held));
        return held;
    }

    /** Records the resumption of an on-hold thread that the caller has already marked not on hold. */
    static void resumed(StoreTx tx, Thread thread, Contact by, Instant now, AfterCommit after) {
        Assignment.post(tx, thread, SystemEvents.of(thread.id(), "omnichannel_on_hold_chat_resumed", "",
                new UserRef(by.id(), by.username()), Event.AuthorKind.CONTACT, by.name(), Map.of(), now), after);
        after.add(new DomainEvent.HoldChanged(thread));
    }
}
