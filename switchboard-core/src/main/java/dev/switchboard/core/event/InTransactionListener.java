package dev.switchboard.core.event;

import dev.switchboard.core.store.StoreTx;
import java.util.List;

/**
 * Sees the domain events of a write transaction while that transaction is still open, so that what
 * it records (an outbox row, say) commits or rolls back together with the change that caused it. A
 * bus listener could not promise that: a crash between commit and publish would lose the event.
 *
 * <p>Implementations must be quick, must not call {@code store.read} or {@code store.write} (they
 * would open a second transaction) and should not throw: an exception rolls the whole change back.
 * Called on the writing thread; implementations must be thread-safe.
 */
@FunctionalInterface
public interface InTransactionListener {
    /** @param events the events the transaction's work produced, in order; never empty */
    void inTransaction(StoreTx tx, List<DomainEvent> events);
}
