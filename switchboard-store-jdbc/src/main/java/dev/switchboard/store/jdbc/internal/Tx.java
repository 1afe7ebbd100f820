package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.store.DuplicateKeyException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * What the repositories of one transaction share: its handle, the dialect and the JSON codec, plus
 * the statement helpers that translate unique violations. Valid only during its transaction; not
 * thread-safe.
 */
final class Tx {
    final Handle handle;
    final Dialect dialect;
    final Json json;
    /** Statements done with, by SQL; null until the first. */
    private Map<String, PreparedStatement> prepared;

    Tx(Handle handle, Dialect dialect, Json json) {
        this.handle = handle;
        this.dialect = dialect;
        this.json = json;
    }

    /**
     * A prepared statement for {@code sql} on this transaction's connection: one {@link #release}d
     * earlier in the transaction when there is one (group commit runs the same few statements for every
     * write of a batch; preparing costs SQLite a parse each time), else a new one. Statements still open
     * when the connection goes back to the pool are closed by the pool.
     */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement kept = prepared == null ? null : prepared.remove(sql);
        return kept != null ? kept : handle.getConnection().prepareStatement(sql);
    }

    /** Keeps {@code statement}, done with and cleared, for the next {@link #prepare} of the same SQL. */
    void release(String sql, PreparedStatement statement) {
        if (prepared == null) prepared = new HashMap<>();
        prepared.put(sql, statement);
    }

    Query query(String sql) { return handle.createQuery(sql); }

    Update update(String sql) { return handle.createUpdate(sql); }

    /** Runs an update; a unique violation becomes {@link DuplicateKeyException}. @return rows changed */
    int execute(Update update) {
        try {
            return update.execute();
        } catch (RuntimeException e) {
            throw translate(e, dialect);
        }
    }

    /**
     * Runs an {@code INSERT ... ON CONFLICT DO NOTHING}. Skipping the row instead of failing keeps the
     * transaction usable on PostgreSQL (where a failed statement aborts it), so a caller can catch
     * the exception and go on, for example to read the row that won.
     */
    void insertUnique(Update insert, String what) {
        if (execute(insert) == 0) throw new DuplicateKeyException(what + " clashes with an existing key", null);
    }

    /**
     * Runs a batch of {@code INSERT ... ON CONFLICT DO NOTHING} or compare-and-set updates.
     *
     * @return the rows each statement changed, in order
     */
    int[] executeBatch(org.jdbi.v3.core.statement.PreparedBatch batch) {
        if (batch.size() == 0) return new int[0];
        try {
            return batch.execute();
        } catch (RuntimeException e) {
            throw translate(e, dialect);
        }
    }

    /**
     * Runs {@code query} on {@code ids} in chunks small enough for every database's limit on bound
     * parameters, and concatenates the results.
     */
    <T> List<T> inChunks(java.util.Collection<String> ids, java.util.function.Function<List<String>, List<T>> query) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<T> out = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += 500) {
            out.addAll(query.apply(all.subList(from, Math.min(all.size(), from + 500))));
        }
        return out;
    }

    /** One page of {@code SELECT columns FROM from WHERE ...}, with the total number of matches. */
    <T> Page<T> page(String columns, String from, Filter filter, Sorting sorting, PageRequest request,
                     RowMapper<T> mapper) {
        long total = filter.bind(query("SELECT COUNT(*) FROM " + from + filter.where())).mapTo(Long.class).one();
        String sql = "SELECT " + columns + " FROM " + from + filter.where() + sorting.orderBy(request.sort())
                + dialect.limitOffset(request.limit(), request.offset());
        List<T> items = filter.bind(query(sql)).map(mapper).list();
        return new Page<>(items, total);
    }

    /**
     * The exception to throw for a failure: a {@link DuplicateKeyException} when a unique key clashed
     * anywhere in its cause chain, else the exception itself.
     */
    static RuntimeException translate(RuntimeException e, Dialect dialect) {
        if (e instanceof DuplicateKeyException) return e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && dialect.isDuplicateKey(sql)) {
                return new DuplicateKeyException(sql.getMessage(), e);
            }
        }
        return e;
    }
}
