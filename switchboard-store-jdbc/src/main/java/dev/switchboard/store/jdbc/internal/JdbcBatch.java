package dev.switchboard.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One statement executed for many rows with plain JDBC and positional parameters. For the few
 * batches on the routing hot path only: Jdbi's named binding costs more per row than the row itself
 * (measured: draining 10,000 inquiries spent most of its time binding). Not thread-safe; use within
 * the transaction that made it.
 */
final class JdbcBatch implements AutoCloseable {
    private final PreparedStatement statement;
    private final Dialect dialect;
    private int column;
    private int rows;

    JdbcBatch(Tx tx, String sql) {
        this.dialect = tx.dialect;
        try {
            this.statement = tx.handle.getConnection().prepareStatement(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    JdbcBatch text(String value) {
        return set(value, Types.VARCHAR);
    }

    JdbcBatch number(Long value) { return set(value, Types.BIGINT); }

    JdbcBatch bool(boolean value) {
        try {
            statement.setBoolean(++column, value);
            return this;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Ends the current row. */
    JdbcBatch add() {
        try {
            statement.addBatch();
            column = 0;
            rows++;
            return this;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return the rows each statement changed, in order */
    int[] execute() {
        if (rows == 0) return new int[0];
        try {
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private JdbcBatch set(Object value, int sqlType) {
        try {
            if (value == null) statement.setNull(++column, sqlType);
            else statement.setObject(++column, value, sqlType);
            return this;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RuntimeException failure(SQLException e) {
        return Tx.translate(new IllegalStateException("batch failed: " + e.getMessage(), e), dialect);
    }
}
