package dev.switchboard.core.store;

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

    /** Runs {@code work} in a read-only transaction (a consistent snapshot where the database offers one). */
    <T> T read(Function<StoreTx, T> work);

    /** Whether the database answers; used by the readiness probe. Never throws. */
    boolean isHealthy();

    @Override
    void close();
}
