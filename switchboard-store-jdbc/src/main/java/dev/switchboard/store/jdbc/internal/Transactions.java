package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs store callbacks in database transactions: writes through the dialect's {@link WriteGate},
 * reads as read-only (snapshot) transactions. Thread-safe.
 */
public final class Transactions {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Json json = new Json();

    public Transactions(DataSource dataSource, Dialect dialect) {
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = dialect;
    }

    /** See {@code Store.write}: commits when {@code work} returns, rolls back on any exception. */
    public <T> T write(Function<StoreTx, T> work) {
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
