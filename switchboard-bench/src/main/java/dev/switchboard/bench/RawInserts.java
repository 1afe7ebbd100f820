package dev.switchboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The storage ceiling: plain JDBC batches of {@code batch} rows per transaction into a scratch table
 * shaped like {@code events} (same columns, primary key and {@code (thread_id, seq)} unique key), in the
 * node's own database with the store's durability settings (SQLite WAL, synchronous=NORMAL). This is
 * what group commit could reach at best ({@value #BATCH} rows), and, with one row per transaction, what
 * a transaction per message costs the database alone. The scratch table is dropped afterwards.
 */
final class RawInserts {
    static final int BATCH = 100;
    private static final String TABLE = "bench_raw_events";

    private RawInserts() {}

    /** Inserts batches of {@code batch} rows for {@code duration} on one connection and answers rows per second. */
    static double rowsPerSecond(String jdbcUrl, Duration duration, int batch) {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (var s = c.createStatement()) {
                if (jdbcUrl.startsWith("jdbc:sqlite:")) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA busy_timeout=5000");
                }
                s.execute("DROP TABLE IF EXISTS " + TABLE);
                s.execute("CREATE TABLE " + TABLE + " (id TEXT NOT NULL PRIMARY KEY, thread_id TEXT NOT NULL,"
                        + " seq BIGINT NOT NULL, type TEXT, text TEXT, author_id TEXT, author_username TEXT,"
                        + " author_kind TEXT, author_name TEXT, token TEXT, alias TEXT,"
                        + " attributes TEXT NOT NULL DEFAULT '{}', created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                        + " edited_at BIGINT, hidden INTEGER NOT NULL DEFAULT 0, agents_only INTEGER NOT NULL DEFAULT 0,"
                        + " UNIQUE (thread_id, seq))");
            }
            long rows = insertFor(c, duration.toNanos(), batch);
            double perSecond = rows / (duration.toNanos() / 1e9);
            try (var s = c.createStatement()) {
                s.execute("DROP TABLE " + TABLE);
            }
            return perSecond;
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert ceiling failed: " + e.getMessage(), e);
        }
    }

    private static long insertFor(Connection c, long nanos, int batch) throws SQLException {
        c.setAutoCommit(false);
        String sql = "INSERT INTO " + TABLE + " (id, thread_id, seq, type, text, author_id, author_username,"
                + " author_kind, author_name, token, attributes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        long rows = 0;
        long end = System.nanoTime() + nanos;
        try (var insert = c.prepareStatement(sql)) {
            while (System.nanoTime() < end) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < batch; i++, rows++) {
                    // Ten threads' worth of sequences, so the unique key is exercised as messages would.
                    insert.setString(1, "raw-" + rows);
                    insert.setString(2, "thread-" + (rows % 10));
                    insert.setLong(3, rows / 10);
                    insert.setString(4, "message");
                    insert.setString(5, "message " + rows + " from a visitor");
                    insert.setString(6, "visitor-id");
                    insert.setString(7, "guest-1");
                    insert.setString(8, "visitor");
                    insert.setString(9, "Visitor 1");
                    insert.setString(10, "token-of-the-visitor");
                    insert.setString(11, "{}");
                    insert.setLong(12, now);
                    insert.setLong(13, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            }
        }
        return rows;
    }
}
