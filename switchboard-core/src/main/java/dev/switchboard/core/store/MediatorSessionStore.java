package dev.switchboard.core.store;

import dev.switchboard.core.model.MediatorSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Live Agents mediator's sessions, one per contact uuid, and the messages it already relayed. */
public interface MediatorSessionStore {
    /** Inserts or replaces the session of {@code session.uuid()}. */
    void put(MediatorSession session);

    Optional<MediatorSession> find(String uuid);

    boolean delete(String uuid);

    /** Sessions not updated since {@code before} (idle expiry). */
    List<MediatorSession> idleSince(Instant before, int limit);

    /**
     * Remembers that the message with this key (id and edit time) was relayed.
     *
     * @return true the first time, false when it was already relayed
     */
    boolean markRelayed(String key, Instant at);
}
