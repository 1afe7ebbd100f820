package dev.switchboard.core.event;

import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link Store} that hands the domain events each write produces to {@link InTransactionListener}s
 * before that write commits. Services collect their events in {@link AfterCommit}, which also reports
 * them here ({@link #offer}); the scope is per thread and per write, so group commit or nested writes
 * (which join the outer transaction) see exactly their own events.
 *
 * <p>Why a decorator and a thread-local instead of passing the transaction to every {@code add}: the
 * services already add their events inside their write callbacks, so this needs no change to any of
 * them, and an event added outside a write is simply not seen (it could not be recorded atomically).
 * Thread-safe; listeners may be added after construction (the wiring builds them from services that
 * need this store).
 */
public final class ListeningStore implements Store {
    private static final ThreadLocal<List<DomainEvent>> CURRENT = new ThreadLocal<>();
    private final Store delegate;
    private final List<InTransactionListener> listeners = new CopyOnWriteArrayList<>();

    public ListeningStore(Store delegate) { this.delegate = delegate; }

    public void addListener(InTransactionListener listener) { listeners.add(listener); }

    /** Records {@code event} for the write running on this thread, if any. */
    static void offer(DomainEvent event) {
        List<DomainEvent> scope = CURRENT.get();
        if (scope != null) scope.add(event);
    }

    @Override
    public <T> T write(Function<StoreTx, T> work) { return delegate.write(listened(work)); }

    @Override
    public <T> CompletableFuture<T> writeAsync(Function<StoreTx, T> work) { return delegate.writeAsync(listened(work)); }

    /** The work, reporting the events it adds to the in-transaction listeners before it returns. */
    private <T> Function<StoreTx, T> listened(Function<StoreTx, T> work) {
        return tx -> {
            List<DomainEvent> outer = CURRENT.get();
            List<DomainEvent> mine = new ArrayList<>();
            CURRENT.set(mine);
            try {
                T result = work.apply(tx);
                if (!mine.isEmpty()) {
                    List<DomainEvent> events = List.copyOf(mine);
                    for (InTransactionListener l : listeners) l.inTransaction(tx, events);
                }
                return result;
            } finally {
                if (outer == null) CURRENT.remove();
                else CURRENT.set(outer);
            }
        };
    }

    @Override
    public <T> T read(Function<StoreTx, T> work) { return delegate.read(work); }

    @Override
    public boolean isHealthy() { return delegate.isHealthy(); }

    @Override
    public void close() { delegate.close(); }
}
