package dev.switchboard.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A fresh schema in the local PostgreSQL database {@code test}, so runs never see each other's rows. */
final class PostgresSchema {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private PostgresSchema() {}

    static String create() {
        String schema = "sb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var c = DriverManager.getConnection(URL + "?user=postgres"); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for --postgres: " + e.getMessage(), e);
        }
        return URL + "?user=postgres&currentSchema=" + schema;
    }
}
