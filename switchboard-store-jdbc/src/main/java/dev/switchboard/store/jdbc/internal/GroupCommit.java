package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * delayed every later writer when writes were admitted one at a time.
 *
 * <p>Asynchronous writes ({@link #writeAsync}) join the same queue, so effects still happen in queue
 * order, but their callers go on at once: the store's writer thread combines the batches they are in,
 * and their futures complete after the commit. A caller can so have many writes in flight, which
 * deepens the batches, and no thread parks per write. Outcomes are reported only after the combining
 * lock is released, so code that runs on completion may write again. Thread-safe.
 */
final class GroupCommit implements AutoCloseable {
    /** Enough to reach the batched-insert rate (100 rows per transaction already come close). */
    static final int MAX_WORKS = 128;
    /** Keeps the first work of a batch from waiting long for the acknowledgement of later ones. */
    static final long MAX_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** A safety net only: the writer thread is woken whenever an asynchronous write is queued or next in line. */
    private static final long WRITER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Json json;
    private final ReentrantLock combining = new ReentrantLock();
    private final ConcurrentLinkedQueue<PendingWrite<?>> queue = new ConcurrentLinkedQueue<>();
    /** The batch transaction whose works this thread is running, for writes nested in them. */
    private final ThreadLocal<Tx> running = new ThreadLocal<>();
    /** Combines the batches that asynchronous writes are in. */
    private final Thread writer;
    /**
     * Completes asynchronous writes, one batch after another in commit order: what depends on them
     * (rendering answers, publishing events to sockets) then runs beside the next batch instead of
     * delaying it, and still in the order the writes took effect.
     */
    private final ExecutorService completions = Executors.newSingleThreadExecutor(r ->
            Thread.ofPlatform().name("store-completions").daemon().unstarted(r));
    private volatile boolean closed;

    GroupCommit(Jdbi jdbi, Dialect dialect, Json json) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.json = json;
        this.writer = Thread.ofPlatform().name("store-writer").daemon().start(this::combineQueuedWrites);
    }

    <T> T write(Function<StoreTx, T> work) {
        Tx open = running.get();
        if (open != null) return Savepoints.run(open, "nested_write", work);
        PendingWrite<T> mine = PendingWrite.awaited(work);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.isDone()) {
            if (!combineOnce()) {
                mine.park();
                // The work may be running already, so the wait cannot be abandoned; keep the flag for later.
                if (Thread.interrupted()) interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return mine.outcome();
    }

    /**
     * Queues {@code work} and returns at once; the future completes once the work's batch committed (or
     * fails with the work's own exception, or the batch's). Called inside a work, it joins that work's
     * transaction, as {@link #write} does, and returns a completed future.
     */
    <T> CompletableFuture<T> writeAsync(Function<StoreTx, T> work) {
        Tx open = running.get();
        if (open != null) {
            try {
                return CompletableFuture.completedFuture(Savepoints.run(open, "nested_write", work));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        PendingWrite<T> mine = PendingWrite.promised(work, writer);
        queue.add(mine);
        if (closed && queue.remove(mine)) {
            return CompletableFuture.failedFuture(new IllegalStateException("the store is closed"));
        }
        LockSupport.unpark(writer);
        return mine.promise();
    }

    /**
     * Runs one batch unless another thread is combining, then hands the lock on and reports the batch's
     * outcomes (after the unlock, so that what runs on completion may write again).
     *
     * @return false when another thread was combining
     */
    private boolean combineOnce() {
        if (!combining.tryLock()) return false;
        List<PendingWrite<?>> finished;
        try {
            finished = runBatch();
        } finally {
            combining.unlock();
        }
        // Whoever queued while this thread combined may be parked: let the oldest combine next.
        PendingWrite<?> next = queue.peek();
        if (next != null) LockSupport.unpark(next.combiner);
        List<PendingWrite<?>> promised = null;
        for (PendingWrite<?> p : finished) {
            if (!p.isPromised()) {
                p.complete();
            } else {
                if (promised == null) promised = new ArrayList<>(finished.size());
                promised.add(p);
            }
        }
        if (promised != null) {
            List<PendingWrite<?>> batch = promised;
            completions.execute(() -> batch.forEach(PendingWrite::complete));
        }
        return true;
    }

    /** The writer thread: combines while anything is queued; on close, drains the queue and stops. */
    private void combineQueuedWrites() {
        while (!closed || !queue.isEmpty()) {
            if (queue.isEmpty() || !combineOnce()) LockSupport.parkNanos(this, WRITER_IDLE_NANOS);
        }
    }

    /** Stops taking asynchronous writes and waits until the queued ones are done. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            completions.shutdown();
            completions.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one batch of queued works in one transaction; returns them with their outcomes recorded. */
    private List<PendingWrite<?>> runBatch() {
        PendingWrite<?> first = queue.poll();
        if (first == null) return List.of();
        List<PendingWrite<?>> taken = new ArrayList<>();
        List<PendingWrite<?>> ran = new ArrayList<>();
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            first.fail(Tx.translate(e, dialect));
            return List.of(first);
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
        } catch (Throwable batchFailure) {
            // The commit, or the transaction itself (a savepoint that could not be rolled back), failed.
            Throwable why = translate(batchFailure);
            for (PendingWrite<?> p : taken) p.fail(why); // a work's own failure, if any, stays first
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
        return taken;
    }

    private Throwable translate(Throwable failure) {
        return failure instanceof RuntimeException e ? Tx.translate(e, dialect) : failure;
    }
}
