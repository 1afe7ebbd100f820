package dev.switchboard.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One statement with plain JDBC and positional parameters, executed for many rows ({@link #add},
 * {@link #execute}) or once ({@link #update}, {@link #one}). For the few statements on hot paths only
 * (routing batches, a visitor message's reads and writes): Jdbi's named binding and per-statement
 * set-up cost more than the statement itself there (measured: draining 10,000 inquiries spent most of
 * its time binding; a visitor message spent about half its CPU in it). Not thread-safe; use within
 * the transaction that made it.
 */
final class JdbcBatch implements AutoCloseable {
    private final PreparedStatement statement;
    private final Tx tx;
    private final String sql;
    private final Dialect dialect;
    private int column;
    private int rows;

    JdbcBatch(Tx tx, String sql) {
        this.tx = tx;
        this.sql = sql;
        this.dialect = tx.dialect;
        try {
            this.statement = tx.prepare(sql);
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

    /** Runs the statement once with the parameters set so far. @return rows changed */
    int update() {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs the query once with the parameters set so far. The mapper gets no statement context (null).
     *
     * @return its first row, mapped; empty when there is none
     */
    <T> Optional<T> one(RowMapper<T> mapper) {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(mapper.map(rows, null)) : Optional.empty();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Hands the statement back to the transaction for reuse; closed with the connection. */
    @Override
    public void close() {
        try {
            statement.clearParameters();
            statement.clearBatch();
        } catch (SQLException e) {
            // Not reusable then: close it instead of keeping it.
            try {
                statement.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw failure(e);
        }
        tx.release(sql, statement);
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
        return Tx.translate(new IllegalStateException("statement failed: " + e.getMessage(), e), dialect);
    }
}
