package dev.switchboard.store.jdbc.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases for tests, shared through the test-jar with the modules that run a real store.
 * SQLite gets a file in a directory the test owns; PostgreSQL gets a fresh schema per call in the
 * local database {@code test} (user {@code postgres}, trust authentication), so tests never see
 * each other's rows. Thread-safe.
 */
public final class TestDatabases {
    public static final String POSTGRES_HOST = "127.0.0.1";
    public static final int POSTGRES_PORT = 5432;
    public static final String POSTGRES_USER = "postgres";
    private static final String POSTGRES_URL = "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/test";

    private static volatile Boolean reachable;

    private TestDatabases() {}

    /** A SQLite URL for a database file inside {@code dir} (created on first open). */
    public static String sqliteUrl(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("switchboard.db").toAbsolutePath();
    }

    /** Whether the local PostgreSQL answers; probed once per JVM with a short timeout. */
    public static boolean postgresAvailable() {
        Boolean known = reachable;
        if (known == null) {
            try (Connection ignored = adminConnection()) {
                known = true;
            } catch (SQLException e) {
                known = false;
            }
            reachable = known;
        }
        return known;
    }

    /**
     * The rule for PostgreSQL tests: run them when PostgreSQL is reachable; otherwise skip them with
     * a message on stderr, unless the environment variable CI is "true", where a missing database is
     * a failure rather than a silently smaller test run. Call it from {@code @BeforeAll}.
     */
    public static void requirePostgres() {
        if (postgresAvailable()) return;
        String where = "PostgreSQL not reachable at " + POSTGRES_HOST + ":" + POSTGRES_PORT;
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(where + " (CI=true, so the PostgreSQL tests must run)");
        }
        System.err.println("SKIPPED: " + where + " (set CI=true to make this a failure)");
        Assumptions.abort(where);
    }

    /**
     * Creates a new, uniquely named, empty schema and returns a URL whose connections use it
     * ({@code currentSchema}), with the user in the URL. Drop it with {@link #dropPostgres}.
     */
    public static String postgresUrl() {
        String schema = "sb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        return POSTGRES_URL + "?user=" + POSTGRES_USER + "&currentSchema=" + schema;
    }

    /** Drops the schema of a URL made by {@link #postgresUrl()} with everything in it. */
    public static void dropPostgres(String url) {
        String marker = "currentSchema=";
        String schema = url.substring(url.indexOf(marker) + marker.length());
        // Only names we generated: never let a stray URL drop something else.
        if (!schema.matches("sb_test_[0-9a-f]{16}")) throw new IllegalArgumentException("not a test schema: " + url);
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + " failed: " + sql.toLowerCase(Locale.ROOT), e);
        }
    }

    private static Connection adminConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", POSTGRES_USER);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(POSTGRES_URL, properties);
    }
}
