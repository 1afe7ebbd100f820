package dev.switchboard.server;

import dev.switchboard.core.store.Store;
import dev.switchboard.store.jdbc.JdbcStore;
import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.nio.file.Path;

/**
 * A real store for tests that drive the services directly, on the database of this test pass: SQLite
 * in {@code dir}, or a fresh PostgreSQL schema (dropped again on close) when the build runs the
 * PostgreSQL pass (see {@link TestServer#onPostgres()}).
 */
public final class TestStore implements AutoCloseable {
    private final Store store;
    private final String postgresUrl;

    private TestStore(Store store, String postgresUrl) {
        this.store = store;
        this.postgresUrl = postgresUrl;
    }

    public static TestStore open(Path dir) {
        String pg = null;
        if (TestServer.onPostgres()) {
            TestDatabases.requirePostgres();
            pg = TestDatabases.postgresUrl();
        }
        return new TestStore(JdbcStore.open(pg != null ? pg : TestDatabases.sqliteUrl(dir), null, null), pg);
    }

    public Store store() { return store; }

    @Override
    public void close() {
        store.close();
        if (postgresUrl != null) TestDatabases.dropPostgres(postgresUrl);
    }
}
