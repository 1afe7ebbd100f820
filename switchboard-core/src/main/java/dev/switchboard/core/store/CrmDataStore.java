package dev.switchboard.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What a CRM webhook receiver answered for a room (Rocket.Chat's room {@code crmData},
 * live-agents-mediator.md §11.5): the body of its last 200 answer, sent back in the room's later payloads.
 */
public interface CrmDataStore {
    /** Replaces the room's data with {@code data} (the answer's body, as received). */
    void save(String roomId, String data, Instant at);

    /** The room's data; empty when no receiver answered with a body yet. */
    Optional<String> find(String roomId);
}
