package dev.switchboard.store.jdbc;

import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** Group commit is off by default on PostgreSQL, but must keep the same contract when switched on. */
@DisplayName("Group commit on PostgreSQL")
class PostgresGroupCommitContractTest extends GroupCommitContractTest {
    @BeforeAll
    static void requirePostgres() { TestDatabases.requirePostgres(); }

    @Override
    protected String createDatabase(Path tempDir) { return TestDatabases.postgresUrl(); }

    @Override
    protected void dropDatabase(String url) { TestDatabases.dropPostgres(url); }
}
