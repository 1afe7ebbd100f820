package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.function.Function;

/**
 * Runs a work inside a savepoint of an open transaction, so that its failure undoes only its own
 * changes and leaves the transaction usable for the works around it (on PostgreSQL a failed statement
 * would otherwise abort the whole transaction). Statement-level SQL, the same on both databases.
 */
final class Savepoints {
    private Savepoints() {}

    /**
     * Runs a batch-mate's work in a savepoint. Its own failure completes {@code write} and returns false.
     *
     * @throws RuntimeException when the savepoint itself cannot be taken or undone: the transaction is broken
     */
    static boolean attempt(Tx tx, PendingWrite<?> write) {
        RawSql.execute(tx, "SAVEPOINT batch_write");
        try {
            write.runIn(new JdbiStoreTx(tx));
        } catch (Throwable failure) {
            write.fail(failure instanceof RuntimeException e ? Tx.translate(e, tx.dialect) : failure);
            undo(tx, "batch_write");
            return false;
        }
        RawSql.execute(tx, "RELEASE SAVEPOINT batch_write");
        return true;
    }

    /** Runs a write nested in another write's work; its failure undoes its changes and propagates. */
    static <T> T run(Tx tx, String name, Function<StoreTx, T> work) {
        RawSql.execute(tx, "SAVEPOINT " + name);
        T result;
        try {
            result = work.apply(new JdbiStoreTx(tx));
        } catch (RuntimeException e) {
            RuntimeException translated = Tx.translate(e, tx.dialect);
            try {
                undo(tx, name);
            } catch (RuntimeException cleanup) {
                translated.addSuppressed(cleanup);
            }
            throw translated;
        }
        RawSql.execute(tx, "RELEASE SAVEPOINT " + name);
        return result;
    }

    private static void undo(Tx tx, String name) {
        // ROLLBACK TO keeps the savepoint on the stack; RELEASE pops it.
        RawSql.execute(tx, "ROLLBACK TO SAVEPOINT " + name);
        RawSql.execute(tx, "RELEASE SAVEPOINT " + name);
    }
}
