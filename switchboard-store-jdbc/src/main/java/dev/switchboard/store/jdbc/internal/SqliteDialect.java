package dev.switchboard.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.SQLiteException;

/**
 * SQLite in WAL mode: readers run concurrently with the single writer, which group commit (or, when
 * it is off, {@link WriteGate}) serializes in-process. Booleans are INTEGER 0/1 (the driver binds and reads them as booleans).
 */
final class SqliteDialect implements Dialect {
    /** Long enough to ride out a checkpoint or another process's short transaction. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /** Far above what {@link WalCheckpointer} lets the log grow to between two of its rounds. */
    private static final int WRITER_CHECKPOINT_PAGES = 10_000;

    private final Path file;
    private final WriteGate gate = WriteGate.serialized();

    SqliteDialect(String jdbcUrl) {
        this.file = databaseFile(jdbcUrl);
    }

    @Override
    public String name() { return "sqlite"; }

    @Override
    public void configurePool(HikariConfig config) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of the SQLite database " + file, e);
        }
        // One writer plus a few concurrent WAL readers; more connections would only add memory.
        config.setMaximumPoolSize(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        config.setMinimumIdle(1);
        // sqlite-jdbc applies these pragmas to every new connection.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        config.addDataSourceProperty("foreign_keys", "true");
        // The writer checkpoints only if WalCheckpointer has fallen this far behind (40 MB of log).
        config.addDataSourceProperty("wal_autocheckpoint", String.valueOf(WRITER_CHECKPOINT_PAGES));
        // Multi-thread mode: SQLite skips its per-call connection mutex (2-3 % of a visitor message's CPU). Safe
        // because a connection is only ever used by the one thread the pool lent it to.
        config.addDataSourceProperty("open_mode", String.valueOf(
                SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.CREATE.flag | SQLiteOpenMode.NOMUTEX.flag));
        // Otherwise sqlite-jdbc matches every statement against a regular expression and, after each INSERT,
        // prepares and runs a SELECT last_insert_rowid() of its own in case getGeneratedKeys() is called: one
        // more statement per message. Switchboard makes its own ids and never asks for generated keys.
        config.addDataSourceProperty("jdbc.get_generated_keys", "false");
    }

    @Override
    public void configureMigrations(FluentConfiguration flyway) {}

    @Override
    public boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLiteException s
                && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                        || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    @Override
    public WriteGate writeGate() { return gate; }

    /** One writer at a time makes every commit a hand-off between threads; batching pays it once per batch. */
    @Override
    public boolean groupCommitByDefault() { return true; }

    @Override
    public Runnable startUpkeep(javax.sql.DataSource pool) { return new WalCheckpointer(pool)::close; }

    @Override
    public void beginRead(Handle handle) {
        // Makes an accidental write inside read() fail here as it does on PostgreSQL, instead of
        // writing outside the write gate.
        RawSql.execute(handle, "PRAGMA query_only = 1");
    }

    @Override
    public void endRead(Handle handle) {
        RawSql.execute(handle, "PRAGMA query_only = 0");
    }

    @Override
    public String forUpdate() { return ""; }

    @Override
    public String likeIgnoreCase(String column, String placeholder) {
        // SQLite's LIKE ignores case (for ASCII letters; SQLite has no Unicode case folding built in).
        return column + " LIKE " + placeholder + " ESCAPE '" + Columns.LIKE_ESCAPE + "'";
    }

    @Override
    public String jsonArrayContains(String column, String placeholder) {
        return "EXISTS (SELECT 1 FROM json_each(" + column + ") WHERE json_each.value = " + placeholder + ")";
    }

    @Override
    public String jsonObjectText(String column, String keyPlaceholder) {
        // json_each rather than a JSON path: keys may contain dots or quotes.
        return "(SELECT json_each.value FROM json_each(" + column + ") WHERE json_each.key = " + keyPlaceholder + ")";
    }

    @Override
    public String textSortKey(String column) { return "lower(" + column + ")"; }

    @Override
    public String limitOffset(int limit, int offset) {
        // SQLite needs a LIMIT before OFFSET; a negative one means none.
        return " LIMIT " + (limit == 0 ? -1 : limit) + " OFFSET " + offset;
    }

    private static Path databaseFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("file:")) path = path.substring("file:".length());
        if (path.isEmpty() || path.equals(":memory:") || rest.contains("mode=memory")) {
            throw new IllegalArgumentException("in-memory SQLite is not supported ('" + jdbcUrl + "'): each pooled"
                    + " connection would see its own empty database; use a file, e.g. jdbc:sqlite:data/switchboard.db");
        }
        return Path.of(path);
    }
}
