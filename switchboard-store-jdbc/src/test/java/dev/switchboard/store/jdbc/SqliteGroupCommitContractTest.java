package dev.switchboard.store.jdbc;

import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Group commit on SQLite")
class SqliteGroupCommitContractTest extends GroupCommitContractTest {
    @Override
    protected String createDatabase(Path tempDir) { return TestDatabases.sqliteUrl(tempDir); }
}
