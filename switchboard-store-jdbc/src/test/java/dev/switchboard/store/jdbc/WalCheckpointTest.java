package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.Thread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's write-ahead log is copied back into the database by the store's own thread, not by the
 * writer's commits: the writer's checkpoint threshold (10,000 pages) is far above what these writes
 * add, so only the background checkpoint can make the database file grow while the store is open.
 */
class WalCheckpointTest {
    @TempDir
    Path tempDir;

    @Test
    void written_pages_reach_the_database_file_while_the_store_is_open() throws Exception {
        Path file = tempDir.resolve("switchboard.db");
        try (JdbcStore store = JdbcStore.open("jdbc:sqlite:" + file, null, null)) {
            Thread thread = store.write(Fixtures::newOpenThread);
            long before = Files.size(file);
            String text = "x".repeat(4_000);
            for (int batch = 0; batch < 10; batch++) {
                // About 2 MB in all: some 500 pages, far below the writer's own checkpoint threshold.
                store.write(tx -> IntStream.range(0, 50)
                        .mapToObj(i -> tx.events().append(Fixtures.message(thread.id(), text, at(1)))).toList());
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (Files.size(file) < before + 1_500_000 && System.nanoTime() < deadline) java.lang.Thread.sleep(20);
            assertThat(Files.size(file)).isGreaterThanOrEqualTo(before + 1_500_000);
        }
    }
}
