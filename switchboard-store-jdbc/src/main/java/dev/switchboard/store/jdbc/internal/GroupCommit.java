package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit: concurrent writes share one transaction and one commit, so the per-transaction cost
 * (taking the connection, waking a thread, the commit) is paid per batch instead of per request.
 *
 * <p>Callers queue their work; the first caller to find no batch running becomes the combiner and runs
 * what is queued, each work after the first inside its own savepoint, so a work that throws undoes
 * only its own changes and gets its own exception. After the one commit every caller gets its result;
 * if the commit fails, every work of the batch fails. So {@code write} still returns only once its
 * data is durable. A lone writer runs its work at once, on its own thread, without a savepoint.
 *
 * <p>Works run on the combiner's thread, not their caller's: work callbacks must not rely on
 * thread-locals set by their caller outside the callback (the store's in-transaction listeners set
 * theirs inside it). A write called from inside a work joins that work's transaction in a savepoint
 * of its own instead of queueing behind itself. Batches are bounded by {@link #MAX_WORKS} and by
 * {@link #MAX_NANOS} of work; one slow work still delays its batch-mates' acknowledgement, as it
 * delayed every later writer when writes were admitted one at a time. Thread-safe.
 */
final class GroupCommit {
    /** Enough to reach the batched-insert rate (100 rows per transaction already come close). */
    static final int MAX_WORKS = 128;
    /** Keeps the first work of a batch from waiting long for the acknowledgement of later ones. */
    static final long MAX_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Json json;
    private final ReentrantLock combining = new ReentrantLock();
    private final ConcurrentLinkedQueue<PendingWrite<?>> queue = new ConcurrentLinkedQueue<>();
    /** The batch transaction whose works this thread is running, for writes nested in them. */
    private final ThreadLocal<Tx> running = new ThreadLocal<>();

    GroupCommit(Jdbi jdbi, Dialect dialect, Json json) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.json = json;
    }

    <T> T write(Function<StoreTx, T> work) {
        Tx open = running.get();
        if (open != null) return Savepoints.run(open, "nested_write", work);
        PendingWrite<T> mine = new PendingWrite<>(work);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.isDone()) {
            if (combining.tryLock()) {
                try {
                    while (!mine.isDone()) runBatch();
                } finally {
                    combining.unlock();
                }
                // Whoever queued while this thread combined may be parked: let the oldest combine next.
                PendingWrite<?> next = queue.peek();
                if (next != null) LockSupport.unpark(next.caller);
            } else {
                mine.park();
                // The work may be running already, so the wait cannot be abandoned; keep the flag for later.
                if (Thread.interrupted()) interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return mine.outcome();
    }

    /** Runs one batch of queued works in one transaction and completes every one of them. */
    private void runBatch() {
        PendingWrite<?> first = queue.poll();
        if (first == null) return;
        List<PendingWrite<?>> taken = new ArrayList<>();
        List<PendingWrite<?>> ran = new ArrayList<>();
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            first.fail(Tx.translate(e, dialect));
            return;
        }
        Tx tx = new Tx(handle, dialect, json);
        running.set(tx);
        try {
            long start = System.nanoTime();
            handle.begin();
            for (PendingWrite<?> next = first; next != null; next = queue.poll()) {
                taken.add(next);
                if (ran.isEmpty()) {
                    // First in its transaction: no savepoint needed, a failure rolls back the transaction.
                    try {
                        next.runIn(new JdbiStoreTx(tx));
                        ran.add(next);
                    } catch (Throwable failure) {
                        next.fail(translate(failure));
                        handle.rollback();
                        handle.begin();
                    }
                } else if (Savepoints.attempt(tx, next)) {
                    ran.add(next);
                }
                if (taken.size() >= MAX_WORKS || System.nanoTime() - start >= MAX_NANOS) break;
            }
            handle.commit();
            for (PendingWrite<?> p : ran) p.acknowledge();
        } catch (Throwable batchFailure) {
            // The commit, or the transaction itself (a savepoint that could not be rolled back), failed.
            Throwable why = translate(batchFailure);
            for (PendingWrite<?> p : taken) {
                if (!p.isDone()) p.fail(why);
            }
            try {
                handle.rollback();
            } catch (RuntimeException ignored) {
                // The connection is broken or the transaction already gone; closing it below is what matters.
            }
        } finally {
            running.remove();
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // A handle that cannot close cleanly is discarded by the pool; the outcomes are already final.
            }
        }
    }

    private Throwable translate(Throwable failure) {
        return failure instanceof RuntimeException e ? Tx.translate(e, dialect) : failure;
    }
}
