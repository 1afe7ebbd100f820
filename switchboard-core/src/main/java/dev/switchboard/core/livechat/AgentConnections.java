package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Presence held by realtime connections: when a user's last connection goes for good, its presence
 * becomes {@code offline}, as in Rocket.Chat, whose presence service derives a user's status from
 * its connections; for an agent that starts {@code Livechat_agent_leave_action} after its grace
 * period ({@link AgentDepartures}). When a connection returns, the presence it took is given back.
 *
 * <p>Decisions, where Switchboard and Rocket.Chat differ or upstream leaves a gap:
 * <ul>
 *   <li>A connection only holds presence; it never raises it. Rocket.Chat makes any connected user
 *       {@code online} (its default {@code statusDefault}); here users start offline and go online by
 *       {@code users.setStatus} (rocketchat-livechat.md §2.6, §4.4), and an agent that never opens a
 *       socket (a REST client such as rocketchat_API) keeps the presence it set: having no socket is
 *       not a disconnect. The loss of the last socket takes presence away and records what it took;
 *       the next connection gives exactly that back, unless the user set a presence meanwhile.
 *       An agent that chose {@code offline} stays offline when it reconnects, as upstream.</li>
 *   <li>"Goes for good" is decided by the adapter: a DDP or LiveChat RTM session that may still be
 *       resumed (within {@code realtime.resume-window-seconds}) is not gone; one that is resumed never
 *       was; a logout ends it at once. Both kinds count together for one user, as LiveChat logs an
 *       agent out when its last RTM connection goes.</li>
 *   <li>Restart: who had a live connection is kept in the database. At start-up every such user
 *       has lost it (the sockets died with the process), so {@link #recoverAfterRestart()} treats
 *       them as disconnected then: presence offline, grace period from the start-up. Clients that
 *       reconnect within the grace period get their presence back and nothing else happens.</li>
 *   <li>Connections are counted per node. In a cluster a user connected to two nodes who loses one
 *       goes offline until it next connects; cluster-wide counting is not built.</li>
 * </ul>
 * Thread-safe: connection changes are serialized, so a quick reconnect cannot overtake the loss.
 */
public final class AgentConnections {
    private final Store store;
    private final Clock clock;
    private final dev.switchboard.core.event.EventBus bus;
    private final Map<String, Integer> live = new HashMap<>();

    public AgentConnections(Store store, Clock clock, dev.switchboard.core.event.EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /** A connection of {@code userId} logged in. */
    public synchronized void connected(String userId) {
        if (live.merge(userId, 1, Integer::sum) > 1) return;
        PresenceChange change = store.write(tx -> {
            User user = tx.users().findById(userId).orElse(null);
            if (user == null) return null;
            Optional<Presence> restore = tx.presence().sockets(userId).flatMap(held -> held);
            tx.presence().connected(userId);
            if (restore.isEmpty() || user.status() != Presence.OFFLINE) return null;
            return PresenceChange.write(tx, user, user.withStatus(restore.get(), user.statusText(), clock.instant()));
        });
        if (change != null) change.publishTo(bus);
    }

    /** A connection of {@code userId} ended for good (logged out, or closed and no longer resumable). */
    public synchronized void disconnected(String userId) {
        Integer left = live.get(userId);
        if (left == null) return;
        if (left > 1) {
            live.put(userId, left - 1);
            return;
        }
        live.remove(userId);
        lost(userId);
    }

    /** At start-up, before any connection: everyone connected when the node stopped has lost it. */
    public synchronized void recoverAfterRestart() {
        for (String userId : store.read(tx -> tx.presence().connectedUsers())) {
            if (!live.containsKey(userId)) lost(userId);
        }
    }

    /** How many live connections the user has on this node. */
    public synchronized int count(String userId) { return live.getOrDefault(userId, 0); }

    private void lost(String userId) {
        PresenceChange change = store.write(tx -> {
            User user = tx.users().findById(userId).orElse(null);
            if (user == null || user.status() == Presence.OFFLINE) {
                // Nothing to take away, so nothing to give back later.
                tx.presence().forgetSockets(userId);
                return null;
            }
            tx.presence().disconnected(userId, user.status());
            return PresenceChange.write(tx, user, user.withStatus(Presence.OFFLINE, user.statusText(), clock.instant()));
        });
        if (change != null) change.publishTo(bus);
    }
}
