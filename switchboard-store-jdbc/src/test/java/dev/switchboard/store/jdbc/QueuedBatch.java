package dev.switchboard.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes queued while a slow write holds the combiner, so that they run as one batch; records each
 * one's outcome and the thread its work ran on.
 */
record QueuedBatch<T>(List<Object> outcomes, List<java.lang.Thread> callers, List<java.lang.Thread> ranOn) {
    static <T> QueuedBatch<T> behindSlowWrite(Store store, int n,
                                               IntFunction<Function<StoreTx, T>> work)
            throws Exception {
        var batch = new QueuedBatch<T>(new ArrayList<>(Collections.nCopies(n, null)),
                new ArrayList<>(Collections.nCopies(n, null)),
                new ArrayList<>(Collections.nCopies(n, null)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var slow = java.lang.Thread.ofPlatform().start(() -> {
            try {
                store.write(tx -> {
                    holding.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // Its outcome is not under test (a refused commit fails it too).
            }
        });
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        Workers writers = Workers.start(n, i -> {
            synchronized (batch) {
                batch.callers.set(i, java.lang.Thread.currentThread());
            }
            Object outcome;
            try {
                outcome = store.write(tx -> {
                    synchronized (batch) {
                        batch.ranOn.set(i, java.lang.Thread.currentThread());
                    }
                    return work.apply(i).apply(tx);
                });
            } catch (RuntimeException e) {
                outcome = e;
            }
            synchronized (batch) {
                batch.outcomes.set(i, outcome);
            }
        });
        // Give every writer time to queue behind the slow write; if some are late they just form a later batch.
        java.lang.Thread.sleep(300);
        release.countDown();
        slow.join();
        writers.await();
        return batch;
    }

    synchronized boolean sharedTransactions() {
        for (int i = 0; i < callers.size(); i++) {
            if (ranOn.get(i) != null && ranOn.get(i) != callers.get(i)) return true;
        }
        return false;
    }

    synchronized Throwable failure(int i) { return outcomes.get(i) instanceof Throwable t ? t : null; }

    @SuppressWarnings("unchecked")
    synchronized T result(int i) { return (T) outcomes.get(i); }
}
