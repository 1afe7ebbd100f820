package dev.switchboard.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events a use case produces inside its transaction, to publish them only once the
 * transaction has committed (a rolled-back change must never be announced), and the side effects
 * that must wait for the commit too (mailing a transcript of a room closed inside a caller's
 * transaction). Not thread-safe: one per use-case call.
 */
public final class AfterCommit {
    private final List<DomainEvent> pending = new ArrayList<>();
    private final List<Runnable> actions = new ArrayList<>();

    public void add(DomainEvent event) {
        pending.add(event);
        ListeningStore.offer(event);
    }

    /** Runs {@code action} after the events are published; it must not throw (it runs on the caller's thread). */
    public void then(Runnable action) { actions.add(action); }

    public void publishTo(EventBus bus) {
        pending.forEach(bus::publish);
        pending.clear();
        actions.forEach(Runnable::run);
        actions.clear();
    }
}
