package dev.switchboard.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.store.jdbc.internal.Dialect;
import dev.switchboard.store.jdbc.internal.Migrations;
import dev.switchboard.store.jdbc.internal.Pools;
import dev.switchboard.store.jdbc.internal.Transactions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The {@link Store} on SQLite (a file in WAL mode; the zero-configuration default) or PostgreSQL,
 * chosen by the JDBC URL. Opening it migrates the schema. Thread-safe; close it once at shutdown.
 *
 * <p>On SQLite, writes go through group commit: concurrent writes share one transaction (each in
 * its own savepoint, so one failing write does not affect the others) and each returns once that
 * transaction committed; reads run concurrently. On PostgreSQL each write is its own transaction,
 * run concurrently. The system property {@value #GROUP_COMMIT_PROPERTY} ({@code true}/{@code false})
 * overrides the database's default, for measuring one against the other.
 *
 * <p>With group commit a write called inside another write's callback joins the outer transaction (in
 * a savepoint). Without it, it is a second transaction on a second connection, which on SQLite waits
 * for the outer one's file lock until its busy timeout fails it: do not nest writes.
 */
public final class JdbcStore implements Store {
    /** System property that turns group commit on or off whatever the database. */
    public static final String GROUP_COMMIT_PROPERTY = "switchboard.store.group-commit";
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final HikariDataSource pool;
    private final Transactions transactions;
    private final Runnable stopUpkeep;

    private JdbcStore(HikariDataSource pool, Transactions transactions, Runnable stopUpkeep) {
        this.pool = pool;
        this.transactions = transactions;
        this.stopUpkeep = stopUpkeep;
    }

    /**
     * Connects, migrates and returns the store.
     *
     * @param jdbcUrl  {@code jdbc:sqlite:<file>} (parent directories are created) or
     *                 {@code jdbc:postgresql://host:port/db}, optionally with {@code ?currentSchema=<schema>}
     *                 (the schema is created and migrated)
     * @param user     nullable
     * @param password nullable
     * @throws IllegalArgumentException for any other kind of URL
     */
    public static JdbcStore open(String jdbcUrl, String user, String password) {
        String forced = System.getProperty(GROUP_COMMIT_PROPERTY);
        return open(jdbcUrl, user, password, forced == null ? null : Boolean.parseBoolean(forced));
    }

    /**
     * As {@link #open(String, String, String)}, choosing whether writes go through group commit.
     *
     * @param groupCommit null for the database's default
     */
    public static JdbcStore open(String jdbcUrl, String user, String password, Boolean groupCommit) {
        Dialect dialect = Dialect.forUrl(jdbcUrl);
        HikariDataSource pool = Pools.create(jdbcUrl, user, password, dialect);
        try {
            Migrations.run(pool, dialect);
            boolean grouped = groupCommit != null ? groupCommit : dialect.groupCommitByDefault();
            return new JdbcStore(pool, new Transactions(pool, dialect, grouped), dialect.startUpkeep(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public <T> T write(Function<StoreTx, T> work) { return transactions.write(work); }

    @Override
    public <T> CompletableFuture<T> writeAsync(Function<StoreTx, T> work) { return transactions.writeAsync(work); }

    @Override
    public <T> T read(Function<StoreTx, T> work) { return transactions.read(work); }

    /**
     * Runs {@code SELECT 1}. Bounded by a timeout even when the pool has no free connection, since
     * waiting for one could otherwise take the pool's full connection timeout.
     */
    @Override
    public boolean isHealthy() {
        try {
            return CompletableFuture.supplyAsync(this::selectOne, runnable -> Thread.ofVirtual().start(runnable))
                    .get(HEALTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean selectOne() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
            return statement.execute("SELECT 1");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            transactions.close(); // queued asynchronous writes still need their connections
        } finally {
            try {
                stopUpkeep.run();
            } finally {
                pool.close();
            }
        }
    }
}
