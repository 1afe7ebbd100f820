package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs store callbacks in database transactions: writes either through {@link GroupCommit} or one
 * transaction each through the dialect's {@link WriteGate}; reads as read-only (snapshot) transactions.
 * Thread-safe.
 */
public final class Transactions implements AutoCloseable {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Json json = new Json();
    /** Null when each write is its own transaction. */
    private final GroupCommit groupCommit;

    /** @param groupCommit whether concurrent writes share transactions ({@link GroupCommit}) */
    public Transactions(DataSource dataSource, Dialect dialect, boolean groupCommit) {
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = dialect;
        this.groupCommit = groupCommit ? new GroupCommit(jdbi, dialect, json) : null;
    }

    /**
     * See {@code Store.write}: returns once the work's changes committed; any exception of the work
     * undoes its changes and propagates.
     */
    public <T> T write(Function<StoreTx, T> work) {
        return groupCommit != null ? groupCommit.write(work) : writeAlone(work);
    }

    /**
     * See {@code Store.writeAsync}: with group commit the work is queued and the future completes after
     * its batch committed; otherwise it runs now, on this thread, as {@link #write} does.
     */
    public <T> CompletableFuture<T> writeAsync(Function<StoreTx, T> work) {
        if (groupCommit != null) return groupCommit.writeAsync(work);
        try {
            return CompletableFuture.completedFuture(writeAlone(work));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Finishes the queued asynchronous writes; call before the connections close. */
    public void close() {
        if (groupCommit != null) groupCommit.close();
    }

    private <T> T writeAlone(Function<StoreTx, T> work) {
        // The gate is taken before the connection, so queued SQLite writers hold no pooled connection.
        return dialect.writeGate().admit(() -> {
            try {
                return jdbi.inTransaction(handle -> work.apply(new JdbiStoreTx(new Tx(handle, dialect, json))));
            } catch (RuntimeException e) {
                // Unique violations may also surface at commit (deferred checks), hence here too.
                throw Tx.translate(e, dialect);
            }
        });
    }

    /** See {@code Store.read}. */
    public <T> T read(Function<StoreTx, T> work) {
        return jdbi.inTransaction(handle -> {
            dialect.beginRead(handle);
            T result;
            try {
                result = work.apply(new JdbiStoreTx(new Tx(handle, dialect, json)));
            } catch (RuntimeException | Error e) {
                // The callback's failure is the one to report; a failed clean-up only joins it.
                try {
                    dialect.endRead(handle);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            dialect.endRead(handle);
            return result;
        });
    }
}
