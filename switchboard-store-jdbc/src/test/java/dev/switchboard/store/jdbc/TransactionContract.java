package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Store-level guarantees: atomic writes, translated unique violations, read-only reads, health. */
interface TransactionContract extends StoreFixture {

    @Test
    default void a_write_commits_all_its_changes_together() {
        User a = Fixtures.minimalUser("a");
        User b = Fixtures.minimalUser("b");
        run(tx -> {
            tx.users().insert(a);
            tx.users().insert(b);
        });
        assertThat(read((StoreTx tx) -> tx.users().findById(a.id()).isPresent() && tx.users().findById(b.id()).isPresent()))
                .isTrue();
    }

    @Test
    default void an_exception_in_a_write_rolls_back_every_change_and_propagates() {
        User a = Fixtures.minimalUser("a");
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> run(tx -> {
            tx.users().insert(a);
            tx.settings().put("x", 1, at(0));
            throw boom;
        })).isSameAs(boom);
        assertThat(read((StoreTx tx) -> tx.users().findById(a.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).isEmpty();
    }

    @Test
    default void a_unique_violation_in_an_update_is_a_duplicate_key_and_rolls_back_the_write() {
        User a = Fixtures.minimalUser("a");
        User b = Fixtures.minimalUser("b");
        run(tx -> {
            tx.users().insert(a);
            tx.users().insert(b);
        });
        assertThatThrownBy(() -> run(tx -> {
            tx.settings().put("x", 1, at(0));
            tx.users().update(new User(b.id(), "A", b.name(), null, null, b.roles(), false, null, "", null, false,
                    b.createdAt(), at(1)));
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(read((StoreTx tx) -> tx.users().findById(b.id()))).contains(b);
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).isEmpty();
    }

    @Test
    default void a_caught_duplicate_key_leaves_the_transaction_usable() {
        User a = Fixtures.minimalUser("a");
        run(tx -> tx.users().insert(a));
        User c = Fixtures.minimalUser("c");
        // The service pattern: lose the race, read the winner, go on in the same transaction.
        String winner = write(tx -> {
            try {
                tx.users().insert(Fixtures.minimalUser("A"));
            } catch (DuplicateKeyException e) {
                tx.users().insert(c);
                return tx.users().findByUsername("a").orElseThrow().id();
            }
            return null;
        });
        assertThat(winner).isEqualTo(a.id());
        assertThat(read((StoreTx tx) -> tx.users().findById(c.id()))).isPresent();
    }

    @Test
    default void a_read_transaction_refuses_to_write() {
        assertThatThrownBy(() -> read(tx -> {
            tx.settings().put("x", 1, at(0));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).isEmpty();
        // The connection that refused is back in the pool and writes normally again.
        run(tx -> tx.settings().put("x", 1, at(0)));
        assertThat(read((StoreTx tx) -> tx.settings().loadAll())).containsEntry("x", 1L);
    }

    @Test
    default void reads_run_while_a_write_transaction_is_open() throws Exception {
        User a = Fixtures.minimalUser("a");
        run(tx -> tx.users().insert(a));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Own threads: the common pool may have a single thread, which the blocked writer would hold.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> run(tx -> {
            tx.users().insert(Fixtures.minimalUser("b"));
            writing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }), threads);
        try {
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            // Sees the committed state, not the open write's row, and does not wait for it.
            long users = CompletableFuture.supplyAsync(() -> read(tx -> tx.users().findById(a.id()).isPresent()
                            && tx.users().findByUsername("b").isEmpty() ? 1L : 0L), threads)
                    .get(5, TimeUnit.SECONDS);
            assertThat(users).isEqualTo(1L);
        } finally {
            release.countDown();
            threads.shutdown();
        }
        writer.get(10, TimeUnit.SECONDS);
        assertThat(read((StoreTx tx) -> tx.users().findByUsername("b"))).isPresent();
    }

    @Test
    default void the_store_is_healthy_while_open_and_unhealthy_once_closed() {
        assertThat(store().isHealthy()).isTrue();
        store().close();
        assertThat(store().isHealthy()).isFalse();
    }
}
