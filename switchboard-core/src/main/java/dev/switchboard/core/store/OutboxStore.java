package dev.switchboard.core.store;

import dev.switchboard.core.outbox.OutboxItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The durable outbox of outbound deliveries (see {@link OutboxItem}). */
public interface OutboxStore {
    void add(OutboxItem item);

    /**
     * Leases up to {@code limit} items to deliver now: of each stream only its oldest pending item,
     * and only when it is due and not leased by an earlier claim. A leased item is invisible to other
     * claims for {@code lease}, which must outlast one delivery attempt. On a cluster database the
     * claim is also serialized between nodes (PostgreSQL: a transaction-scoped advisory lock), so a
     * claim that cannot get the lock returns nothing instead of waiting.
     */
    List<OutboxItem> claimDue(Instant now, Duration lease, int limit);

    void markDelivered(String id, Instant at);

    /** Another attempt is due at {@code next}; the lease ends. */
    void markRetry(String id, int attempts, Instant next, String error);

    void markFailed(String id, int attempts, String error);

    /** How many items are in each status (every status present, 0 when none). */
    Map<OutboxItem.Status, Long> counts();

    /** Every item of a stream in order (tests and diagnostics). */
    List<OutboxItem> stream(String stream);
}
