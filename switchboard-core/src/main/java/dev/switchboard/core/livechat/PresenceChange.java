package dev.switchboard.core.livechat;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.StoreTx;
import java.util.List;

/**
 * A committed change of a user's presence, and what to announce about it: routing hears of every
 * change of an agent ({@link DomainEvent.AgentStatusChanged}); the visitors of the agent's open
 * rooms hear when its presence really moved ({@link DomainEvent.AgentPresenceChanged}). Immutable.
 *
 * @param servedThreadIds the agent's open threads, read in the transaction that made the change
 */
public record PresenceChange(User before, User after, List<String> servedThreadIds) {
    public PresenceChange {
        servedThreadIds = List.copyOf(servedThreadIds);
    }

    /** Writes {@code after} and reads what the announcement needs, in the caller's transaction. */
    public static PresenceChange write(StoreTx tx, User before, User after) {
        tx.users().update(after);
        boolean moved = after.hasRole(Role.LIVECHAT_AGENT) && before.status() != after.status();
        return new PresenceChange(before, after, moved ? tx.routing().openThreadsOf(after.id()) : List.of());
    }

    /** Publishes the announcements; call after the commit. */
    public void publishTo(EventBus bus) {
        if (!after.hasRole(Role.LIVECHAT_AGENT)) return;
        if (before.status() != after.status()) bus.publish(new DomainEvent.AgentPresenceChanged(after, servedThreadIds));
        bus.publish(new DomainEvent.AgentStatusChanged(after));
    }
}
