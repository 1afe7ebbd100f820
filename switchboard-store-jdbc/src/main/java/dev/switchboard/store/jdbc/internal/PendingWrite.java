package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One write waiting for group commit: its work, then its outcome once the batch that ran it committed
 * (or failed). The combiner records the outcome while it runs the batch and reports it only after the
 * commit ({@link #complete()}): a caller that waits is woken, an asynchronous write's future completes.
 * Thread-safe: the outcome is written by the combiner before {@link #complete()} publishes it.
 */
final class PendingWrite<T> {
    final Function<StoreTx, T> work;
    /** The thread to wake when this write is next in line: its waiting caller, or the store's writer thread. */
    final Thread combiner;
    /** Null when the caller waits for the outcome itself. */
    private final CompletableFuture<T> promise;
    private T result;
    private Throwable failure;
    private volatile boolean done;

    private PendingWrite(Function<StoreTx, T> work, Thread combiner, CompletableFuture<T> promise) {
        this.work = work;
        this.combiner = combiner;
        this.promise = promise;
    }

    /** A write whose caller waits on this thread until its outcome is known. */
    static <T> PendingWrite<T> awaited(Function<StoreTx, T> work) {
        return new PendingWrite<>(work, Thread.currentThread(), null);
    }

    /** A write whose caller goes on; its {@link #promise()} completes after the commit, on the combiner's thread. */
    static <T> PendingWrite<T> promised(Function<StoreTx, T> work, Thread writer) {
        return new PendingWrite<>(work, writer, new CompletableFuture<>());
    }

    CompletableFuture<T> promise() { return promise; }

    /** Whether the caller went on and waits for the future rather than on this write. */
    boolean isPromised() { return promise != null; }

    boolean isDone() { return done; }

    /** Runs the work in the batch's transaction (savepoint handling is the combiner's); keeps its result. */
    void runIn(StoreTx tx) { result = work.apply(tx); }

    /** Records the write's failure: its own, or its batch's if it has none yet. Reported by {@link #complete()}. */
    void fail(Throwable why) {
        if (failure == null) failure = why;
    }

    /** Reports the outcome, once the batch committed or failed: wakes the waiting caller or completes the future. */
    void complete() {
        done = true;
        if (promise == null) {
            LockSupport.unpark(combiner);
        } else if (failure == null) {
            promise.complete(result);
        } else {
            promise.completeExceptionally(failure);
        }
    }

    /** Parks the waiting caller until done or woken (to combine the next batch); spurious returns are fine. */
    void park() {
        if (!done) LockSupport.park(this);
    }

    /** The outcome, rethrowing the work's own exception object (callers may test its identity). */
    T outcome() {
        if (failure == null) return result;
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        throw new IllegalStateException("write failed", failure);
    }
}
