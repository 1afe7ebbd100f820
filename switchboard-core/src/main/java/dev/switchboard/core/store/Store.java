package dev.switchboard.core.store;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The persistence port. Every use case runs inside exactly one transaction: all its writes commit
 * together or none do. Implementations are thread-safe.
 */
public interface Store extends AutoCloseable {

    /**
     * Runs {@code work} in a read-write transaction and commits when it returns. Any exception rolls
     * back and propagates. A unique-key clash surfaces as {@link DuplicateKeyException}.
     */
    <T> T write(Function<StoreTx, T> work);

    /**
     * As {@link #write}, but the caller need not wait: the future completes once the work's changes
     * committed, or fails with what {@link #write} would have thrown. Writes keep their order: one
     * queued before another takes effect before it. Stores that cannot queue writes run the work now,
     * on the caller's thread (this default). The future may complete on a store thread; what depends on
     * it must not block.
     */
    default <T> CompletableFuture<T> writeAsync(Function<StoreTx, T> work) {
        try {
            return CompletableFuture.completedFuture(write(work));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs {@code work} in a read-only transaction (a consistent snapshot where the database offers one). */
    <T> T read(Function<StoreTx, T> work);

    /** Whether the database answers; used by the readiness probe. Never throws. */
    boolean isHealthy();

    @Override
    void close();
}
