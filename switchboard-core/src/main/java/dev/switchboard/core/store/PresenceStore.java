package dev.switchboard.core.store;

import dev.switchboard.core.model.Presence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must outlive the process about connection-held presence and pending agent leave actions
 * (see {@code core.livechat.AgentConnections} and {@code AgentDepartures}).
 */
public interface PresenceStore {
    /** The user has a live connection now (clears any presence waiting to be given back). */
    void connected(String userId);

    /** The user's last connection went; {@code restore} is the presence to give back when one returns. */
    void disconnected(String userId, Presence restore);

    /** Forgets the user: its presence is no longer held by connections. */
    void forgetSockets(String userId);

    /**
     * @return empty when the server holds nothing for the user; a present empty inner optional when it
     *         had a live connection; else the presence to give back
     */
    Optional<Optional<Presence>> sockets(String userId);

    /** Users that had a live connection when last known. */
    List<String> connectedUsers();

    /** Schedules (or reschedules) the leave action of an agent. */
    void scheduleDeparture(String userId, Instant due);

    /** @return whether a pending leave action was cancelled */
    boolean cancelDeparture(String userId);

    /** Pending leave actions due at or before {@code now}, by user id, oldest first. */
    Map<String, Instant> dueDepartures(Instant now);
}
