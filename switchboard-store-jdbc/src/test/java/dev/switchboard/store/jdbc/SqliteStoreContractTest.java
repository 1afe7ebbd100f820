package dev.switchboard.store.jdbc;

import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The store contract on SQLite")
class SqliteStoreContractTest extends StoreContractTest {
    @Override
    protected String createDatabase(Path tempDir) { return TestDatabases.sqliteUrl(tempDir); }
}
