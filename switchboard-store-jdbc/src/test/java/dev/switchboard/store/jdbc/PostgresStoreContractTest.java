package dev.switchboard.store.jdbc;

import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** Skipped with a message when PostgreSQL is not running, except on CI, where that fails. */
@DisplayName("The store contract on PostgreSQL")
class PostgresStoreContractTest extends StoreContractTest {
    @BeforeAll
    static void requirePostgres() { TestDatabases.requirePostgres(); }

    @Override
    protected String createDatabase(Path tempDir) { return TestDatabases.postgresUrl(); }

    @Override
    protected void dropDatabase(String url) { TestDatabases.dropPostgres(url); }
}
