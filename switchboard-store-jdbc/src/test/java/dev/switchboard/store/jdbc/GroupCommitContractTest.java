package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.ListeningStore;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's write contract under group commit (DESIGN.md §2 Storage), run on each database with
 * group commit switched on: batch-mates share a transaction, yet each write keeps its own outcome,
 * and whatever a write acknowledged is durable. Batches are provoked by holding the combiner in a
 * slow write while others queue behind it.
 */
abstract class GroupCommitContractTest {
    @TempDir
    Path tempDir;

    private String url;
    private JdbcStore store;

    protected abstract String createDatabase(Path tempDir);

    protected void dropDatabase(String url) {}

    @BeforeEach
    void openStore() {
        url = createDatabase(tempDir);
        store = JdbcStore.open(url, null, null, true);
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
        if (url != null) dropDatabase(url);
    }

    @Test
    void a_failing_write_undoes_only_its_own_changes_and_its_caller_alone_gets_its_exception() throws Exception {
        QueuedBatch<String> batch = QueuedBatch.behindSlowWrite(store, 12, i -> tx -> {
            User user = Fixtures.minimalUser("user" + i);
            tx.users().insert(user);
            if (i % 3 == 0) throw new IllegalStateException("boom " + i);
            return user.id();
        });
        assertThat(batch.sharedTransactions()).as("some writes ran in another caller's batch").isTrue();
        for (int i = 0; i < 12; i++) {
            String username = "user" + i;
            if (i % 3 == 0) {
                assertThat(batch.failure(i)).isInstanceOf(IllegalStateException.class).hasMessage("boom " + i);
                assertThat(store.read((StoreTx tx) -> tx.users().findByUsername(username))).isEmpty();
            } else {
                assertThat(batch.failure(i)).isNull();
                assertThat(store.read((StoreTx tx) -> tx.users().findByUsername(username)))
                        .map(User::id).contains(batch.result(i));
            }
        }
    }

    @Test
    void a_unique_violation_in_a_batch_is_a_duplicate_key_for_its_own_caller_only() throws Exception {
        store.write(tx -> {
            tx.users().insert(Fixtures.minimalUser("taken"));
            return null;
        });
        QueuedBatch<String> batch = QueuedBatch.behindSlowWrite(store, 6, i -> tx -> {
            tx.settings().put("s" + i, (long) i, at(0));
            // On PostgreSQL the failed statement would abort the whole transaction without its savepoint.
            tx.users().insert(Fixtures.minimalUser(i == 2 ? "TAKEN" : "fresh" + i));
            return "ok " + i;
        });
        assertThat(batch.sharedTransactions()).isTrue();
        assertThat(batch.failure(2)).isInstanceOf(DuplicateKeyException.class);
        var settings = store.read((StoreTx tx) -> tx.settings().loadAll());
        assertThat(settings).doesNotContainKey("s2");
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            assertThat(batch.result(i)).isEqualTo("ok " + i);
            assertThat(settings).containsEntry("s" + i, (long) i);
        }
    }

    @Test
    void when_the_commit_fails_every_write_of_the_batch_fails_and_none_of_them_is_stored() throws Exception {
        try (RefusingCommits refusing = new RefusingCommits(url)) {
            refusing.refusing.set(true);
            QueuedBatch<String> batch = QueuedBatch.behindSlowWrite(refusing, 5, i -> tx -> {
                tx.settings().put("doomed" + i, (long) i, at(0));
                return "ran " + i;
            });
            assertThat(batch.sharedTransactions()).isTrue();
            for (int i = 0; i < 5; i++) {
                assertThat(batch.failure(i)).as("write %d", i).hasRootCauseMessage(RefusingCommits.REFUSAL);
            }
            refusing.refusing.set(false);
            refusing.write(tx -> {
                tx.settings().put("after", true, at(0));
                return null;
            });
        }
        assertThat(store.read((StoreTx tx) -> tx.settings().loadAll())).containsOnlyKeys("after");
    }

    @Test
    void in_transaction_listeners_run_in_their_writes_savepoint_and_a_listener_failure_undoes_only_that_write()
            throws Exception {
        var listening = new ListeningStore(store);
        listening.addListener((tx, events) -> {
            String what = ((DomainEvent.RoutingRulesChanged) events.get(0)).what();
            tx.settings().put("heard-" + what, true, at(0));
            if (what.endsWith("odd")) throw new IllegalStateException("listener refused " + what);
        });
        QueuedBatch<String> batch = QueuedBatch.behindSlowWrite(listening, 6, i -> tx -> {
            String what = i + (i % 2 == 1 ? "-odd" : "-even");
            tx.settings().put("own-" + what, true, at(0));
            new AfterCommit().add(new DomainEvent.RoutingRulesChanged(what));
            return what;
        });
        assertThat(batch.sharedTransactions()).isTrue();
        var settings = store.read((StoreTx tx) -> tx.settings().loadAll());
        for (int i = 0; i < 6; i++) {
            String what = i + (i % 2 == 1 ? "-odd" : "-even");
            if (i % 2 == 1) {
                assertThat(batch.failure(i)).hasMessage("listener refused " + what);
                assertThat(settings).doesNotContainKeys("own-" + what, "heard-" + what);
            } else {
                assertThat(batch.result(i)).isEqualTo(what);
                assertThat(settings).containsKeys("own-" + what, "heard-" + what);
            }
        }
    }

    @Test
    void a_lone_write_commits_at_once_on_its_callers_own_thread() {
        java.lang.Thread caller = java.lang.Thread.currentThread();
        java.lang.Thread ranOn = store.write(tx -> {
            tx.settings().put("alone", true, at(0));
            return java.lang.Thread.currentThread();
        });
        assertThat(ranOn).isSameAs(caller);
        assertThat(store.read((StoreTx tx) -> tx.settings().loadAll())).containsEntry("alone", true);
    }

    @Test
    void a_write_nested_in_a_write_joins_it_and_shares_its_fate() {
        store.write(tx -> {
            tx.settings().put("outer", 1L, at(0));
            return store.write(inner -> {
                inner.settings().put("inner", 2L, at(0));
                return null;
            });
        });
        assertThat(store.read((StoreTx tx) -> tx.settings().loadAll())).containsEntry("outer", 1L).containsEntry("inner", 2L);
        assertThatThrownBy(() -> store.write(tx -> {
            store.write(inner -> {
                inner.settings().put("inner-of-failed", 3L, at(0));
                return null;
            });
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(store.read((StoreTx tx) -> tx.settings().loadAll())).doesNotContainKey("inner-of-failed");
    }

    @Test
    void the_writes_of_one_thread_land_in_the_order_it_made_them_among_concurrent_writers() throws Exception {
        Thread chat = store.write(Fixtures::newOpenThread);
        Thread noiseChat = store.write(Fixtures::newOpenThread);
        var noise = Workers.start(8, w -> {
            for (int n = 0; n < 40; n++) store.write(tx -> tx.events().append(Fixtures.message(noiseChat.id(), "x", at(1))));
        });
        for (int n = 0; n < 150; n++) {
            String text = String.valueOf(n);
            store.write(tx -> tx.events().append(Fixtures.message(chat.id(), text, at(1))));
        }
        noise.await();
        List<Event> newestFirst = store.read(tx -> tx.events().history(chat.id(), null, Set.of(), 0, 0));
        List<String> texts = new ArrayList<>(newestFirst.stream().map(Event::text).toList());
        java.util.Collections.reverse(texts);
        assertThat(texts).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 150).mapToObj(String::valueOf).toList());
    }

    @Test
    void under_32_concurrent_writers_every_acknowledged_write_survives_a_restart_and_no_failed_one_does() throws Exception {
        Thread chat = store.write(Fixtures::newOpenThread);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        Workers.start(32, w -> {
            for (int n = 0; n < 40; n++) {
                Event message = Fixtures.message(chat.id(), w + "/" + n, at(1));
                boolean fail = (w + n) % 7 == 0;
                try {
                    store.write(tx -> {
                        tx.events().append(message);
                        if (fail) throw new IllegalStateException("rejected " + message.id());
                        return null;
                    });
                    acknowledged.add(message.id());
                } catch (IllegalStateException e) {
                    assertThat(e).hasMessage("rejected " + message.id());
                    failed.add(message.id());
                }
            }
        }).await();
        assertThat(acknowledged.size() + failed.size()).isEqualTo(32 * 40);
        store.close();
        store = JdbcStore.open(url, null, null, true);
        List<String> stored = store.read(tx -> tx.events().history(chat.id(), null, Set.of(), 0, 0)).stream()
                .map(Event::id).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged).doesNotContainAnyElementsOf(failed);
    }

    // Asynchronous writes (Store.writeAsync): the DDP layer's pipelined calls (issue 7) rely on these.

    @Test
    void asynchronous_writes_take_effect_in_the_order_queued_and_each_completes_only_after_its_commit() {
        Thread chat = store.write(Fixtures::newOpenThread);
        List<String> completedInOrder = java.util.Collections.synchronizedList(new ArrayList<>());
        List<java.util.concurrent.CompletableFuture<Boolean>> visibleOnCompletion = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            Event message = Fixtures.message(chat.id(), String.valueOf(n), at(1));
            visibleOnCompletion.add(store.writeAsync(tx -> tx.events().append(message)).thenApply(stored -> {
                completedInOrder.add(stored.text());
                // Another connection sees the row once the future completed: it was committed.
                return store.read((StoreTx tx) -> tx.events().findById(stored.id())).isPresent();
            }));
        }
        visibleOnCompletion.forEach(f -> assertThat(f.join()).isTrue());
        List<String> expected = java.util.stream.IntStream.range(0, 300).mapToObj(String::valueOf).toList();
        assertThat(completedInOrder).containsExactlyElementsOf(expected);
        List<String> texts = new ArrayList<>(store.read(tx -> tx.events().history(chat.id(), null, Set.of(), 0, 0))
                .stream().map(Event::text).toList());
        java.util.Collections.reverse(texts);
        assertThat(texts).containsExactlyElementsOf(expected);
    }

    @Test
    void a_failing_asynchronous_write_fails_only_its_own_future_with_its_own_exception() {
        store.write(tx -> {
            tx.users().insert(Fixtures.minimalUser("taken"));
            return null;
        });
        List<java.util.concurrent.CompletableFuture<String>> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            writes.add(store.writeAsync(tx -> {
                tx.settings().put("async" + n, (long) n, at(0));
                if (n == 7) tx.users().insert(Fixtures.minimalUser("TAKEN"));
                if (n == 11) throw new IllegalStateException("refused " + n);
                return "ok " + n;
            }));
        }
        var settings = new java.util.HashMap<String, Object>();
        for (int i = 0; i < 20; i++) {
            var write = writes.get(i);
            if (i == 7) {
                assertThatThrownBy(write::join).hasCauseInstanceOf(DuplicateKeyException.class);
            } else if (i == 11) {
                assertThatThrownBy(write::join).cause().isInstanceOf(IllegalStateException.class).hasMessage("refused 11");
            } else {
                assertThat(write.join()).isEqualTo("ok " + i);
            }
        }
        settings.putAll(store.read((StoreTx tx) -> tx.settings().loadAll()));
        assertThat(settings).doesNotContainKeys("async7", "async11").containsEntry("async0", 0L).containsEntry("async19", 19L);
    }

    @Test
    void code_run_when_an_asynchronous_write_completes_may_write_again() {
        var chained = store.writeAsync(tx -> {
            tx.settings().put("first", 1L, at(0));
            return 1L;
        }).thenApply(first -> store.write(tx -> {
            tx.settings().put("second", first + 1, at(0));
            return first + 1;
        }));
        assertThat(chained.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(2L);
        assertThat(store.read((StoreTx tx) -> tx.settings().loadAll())).containsEntry("first", 1L).containsEntry("second", 2L);
    }

    @Test
    void closing_the_store_finishes_the_queued_asynchronous_writes_and_refuses_later_ones() {
        Thread chat = store.write(Fixtures::newOpenThread);
        List<java.util.concurrent.CompletableFuture<Event>> queued = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            Event message = Fixtures.message(chat.id(), String.valueOf(n), at(1));
            queued.add(store.writeAsync(tx -> tx.events().append(message)));
        }
        store.close();
        assertThat(queued).allSatisfy(f -> assertThat(f).isCompleted().isNotCompletedExceptionally());
        assertThat(store.writeAsync(tx -> null)).isCompletedExceptionally();
        store = JdbcStore.open(url, null, null, true);
        List<Event> stored = store.read((StoreTx tx) -> tx.events().history(chat.id(), null, Set.of(), 0, 0));
        assertThat(stored).hasSize(200);
    }
}
