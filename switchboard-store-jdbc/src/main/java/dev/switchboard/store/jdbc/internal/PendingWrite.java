package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.StoreTx;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One caller's write waiting for group commit: its work, then its outcome once the batch that ran it
 * committed (or failed). The caller parks on it; whichever thread combines the batch completes it.
 * Thread-safe: written by the combiner, read by the caller after {@link #isDone()}.
 */
final class PendingWrite<T> {
    final Function<StoreTx, T> work;
    final Thread caller = Thread.currentThread();
    private T result;
    private Throwable failure;
    private volatile boolean done;

    PendingWrite(Function<StoreTx, T> work) { this.work = work; }

    boolean isDone() { return done; }

    /** Runs the work in the batch's transaction (savepoint handling is the combiner's); keeps its result. */
    void runIn(StoreTx tx) { result = work.apply(tx); }

    /** Acknowledges the write once its batch committed: its data is durable. Wakes the caller. */
    void acknowledge() { finish(); }

    /** Reports the write's failure (its own, or the batch's commit). Wakes the caller. */
    void fail(Throwable why) {
        failure = why;
        finish();
    }

    private void finish() {
        done = true;
        LockSupport.unpark(caller);
    }

    /** Parks the caller until done or woken (to combine the next batch); spurious returns are fine. */
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
