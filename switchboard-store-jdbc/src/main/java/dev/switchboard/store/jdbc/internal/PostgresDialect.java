package dev.switchboard.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL: concurrent writers, row locks, snapshot reads. JSON is kept in TEXT columns (the same
 * schema shape as SQLite) and cast to jsonb where a query looks inside it.
 */
final class PostgresDialect implements Dialect {
    private static final String UNIQUE_VIOLATION = "23505";

    /** The schema named by the URL's {@code currentSchema}, or null for the server's default. */
    private final String schema;

    PostgresDialect(String jdbcUrl) {
        this.schema = currentSchema(jdbcUrl);
    }

    @Override
    public String name() { return "postgresql"; }

    @Override
    public void configurePool(HikariConfig config) {
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        // Not reWriteBatchedInserts: the hot batch (system messages) is already written as multi-row
        // statements, and paired benchmark runs with the driver's rewrite on were slower, not faster.
    }

    @Override
    public void configureMigrations(FluentConfiguration flyway) {
        // Without this Flyway would migrate "public", while the pool's connections look in the URL's schema.
        if (schema != null) flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
    }

    @Override
    public boolean isDuplicateKey(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    @Override
    public WriteGate writeGate() { return WriteGate.open(); }

    @Override
    public boolean groupCommitByDefault() { return false; }

    @Override
    public void beginRead(Handle handle) {
        // Must be the transaction's first statement.
        RawSql.execute(handle, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    @Override
    public void endRead(Handle handle) {}

    @Override
    public String forUpdate() { return " FOR UPDATE"; }

    /** Only one node claims outbox items at a time; the others skip their poll instead of waiting. */
    @Override
    public String tryClusterLock() { return "SELECT pg_try_advisory_xact_lock(7346001)"; }

    @Override
    public String likeIgnoreCase(String column, String placeholder) {
        return column + " ILIKE " + placeholder + " ESCAPE '" + Columns.LIKE_ESCAPE + "'";
    }

    @Override
    public String jsonArrayContains(String column, String placeholder) {
        return "CAST(" + column + " AS jsonb) @> jsonb_build_array(CAST(" + placeholder + " AS text))";
    }

    @Override
    public String jsonObjectText(String column, String keyPlaceholder) {
        return "(CAST(" + column + " AS jsonb) ->> CAST(" + keyPlaceholder + " AS text))";
    }

    @Override
    public String textSortKey(String column) {
        // The "C" collation orders by code point like SQLite, whatever the database's locale.
        return "lower(" + column + ") COLLATE \"C\"";
    }

    @Override
    public String limitOffset(int limit, int offset) {
        return " LIMIT " + (limit == 0 ? "ALL" : String.valueOf(limit)) + " OFFSET " + offset;
    }

    private static String currentSchema(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) return null;
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("currentSchema")) {
                // The driver accepts a search path list; the first entry is where tables are created.
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).split(",")[0].trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
