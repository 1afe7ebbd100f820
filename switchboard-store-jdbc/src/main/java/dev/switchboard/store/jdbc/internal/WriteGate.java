package dev.switchboard.store.jdbc.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Admits write transactions. SQLite allows one writer at a time: letting writers race for its file
 * lock would turn contention into SQLITE_BUSY errors and busy-wait sleeps, so they queue on a fair
 * in-process lock instead. PostgreSQL handles concurrent writers itself. Thread-safe.
 */
public interface WriteGate {

    /** Runs the whole write transaction, including taking its connection, inside the gate. */
    <T> T admit(Supplier<T> transaction);

    /** No gate: the database arbitrates between writers. */
    static WriteGate open() {
        return Supplier::get;
    }

    /** One writer at a time, in arrival order (fair, so no writer starves). */
    static WriteGate serialized() {
        ReentrantLock lock = new ReentrantLock(true);
        return new WriteGate() {
            @Override
            public <T> T admit(Supplier<T> transaction) {
                lock.lock();
                try {
                    return transaction.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
