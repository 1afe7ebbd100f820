package dev.switchboard.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs a fixed control statement (savepoints, session pragmas) on a handle's connection with plain
 * JDBC. These run several times per request on the hot path, and Jdbi's statement machinery (a
 * configuration copy, parsing, a statement context) costs more than the statement itself there.
 */
final class RawSql {
    private RawSql() {}

    /**
     * Runs {@code sql} as a statement the transaction keeps ({@link Tx#prepare}): savepoints run twice
     * per write of a batch, and SQLite would parse them each time.
     *
     * @throws UnableToExecuteStatementException wrapping the driver's exception
     */
    static void execute(Tx tx, String sql) {
        try {
            PreparedStatement statement = tx.prepare(sql);
            statement.execute();
            tx.release(sql, statement);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(sql + ": " + e.getMessage(), e, null);
        }
    }

    /** @throws UnableToExecuteStatementException wrapping the driver's exception */
    static void execute(Handle handle, String sql) {
        try (Statement statement = handle.getConnection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(sql + ": " + e.getMessage(), e, null);
        }
    }
}
