package dev.switchboard.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;

/**
 * Everything that differs between SQLite and PostgreSQL, so that repositories hold one SQL text per
 * use and never branch on the database. SQL fragments take placeholders ({@code :p0}) or column
 * expressions that the caller controls; none of them embeds user input.
 *
 * <p>An instance belongs to one store (it may hold that store's write lock); thread-safe.
 */
public interface Dialect {

    /** The dialect for a JDBC URL. @throws IllegalArgumentException for an unsupported database */
    static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) return new SqliteDialect(jdbcUrl);
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) return new PostgresDialect(jdbcUrl);
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl + "': use jdbc:sqlite:<file>"
                + " (for example jdbc:sqlite:data/switchboard.db) or jdbc:postgresql://<host>:<port>/<database>");
    }

    /** Short name; also the folder of its migrations under {@code db/migration/}. */
    String name();

    default String migrationLocation() { return "classpath:db/migration/" + name(); }

    /** Sizes the pool and sets driver properties; may prepare the file system (SQLite's directory). */
    void configurePool(HikariConfig config);

    /** Adds dialect-specific migration settings (PostgreSQL: the schema named in the URL). */
    void configureMigrations(FluentConfiguration flyway);

    /** Whether the exception reports a unique or primary key violation. */
    boolean isDuplicateKey(SQLException e);

    /** How this database admits writers: serialized in-process for SQLite, free for PostgreSQL. */
    WriteGate writeGate();

    /**
     * Whether writes go through group commit unless the store is told otherwise: where it measured
     * faster than one transaction per write.
     */
    boolean groupCommitByDefault();

    /**
     * Starts the database's background upkeep, if it needs any, on the store's pool.
     *
     * @return what stops it, run when the store closes
     */
    default Runnable startUpkeep(javax.sql.DataSource pool) { return () -> {}; }

    /** Called first inside a read transaction: make it read-only and, where offered, a snapshot. */
    void beginRead(Handle handle);

    /** Called last inside a read transaction, also when it failed; undoes {@link #beginRead}. */
    void endRead(Handle handle);

    /** Suffix of a SELECT that locks the selected rows until commit ("" where writers are serialized anyway). */
    String forUpdate();

    /** {@code column} matches the LIKE pattern in {@code placeholder} ignoring case ({@link Columns#LIKE_ESCAPE} escapes). */
    String likeIgnoreCase(String column, String placeholder);

    /** The JSON array text in {@code column} has the string in {@code placeholder} as an element. */
    String jsonArrayContains(String column, String placeholder);

    /** The text value under the key in {@code placeholder} of the JSON object text in {@code column}. */
    String jsonObjectText(String column, String keyPlaceholder);

    /** An ORDER BY expression sorting text case-insensitively, by code point, the same on every database. */
    String textSortKey(String column);

    /**
     * A query answering whether this transaction got the cluster-wide lock of the outbox delivery
     * claim (released at commit), or null where one process owns the database (SQLite).
     */
    default String tryClusterLock() { return null; }

    /** The LIMIT/OFFSET clause; {@code limit == 0} means no limit. */
    String limitOffset(int limit, int offset);
}
