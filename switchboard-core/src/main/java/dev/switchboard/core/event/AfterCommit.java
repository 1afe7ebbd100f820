package dev.switchboard.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events a use case produces inside its transaction, to publish them only once the
 * transaction has committed (a rolled-back change must never be announced). Not thread-safe: one
 * per use-case call.
 */
public final class AfterCommit {
    private final List<DomainEvent> pending = new ArrayList<>();

    public void add(DomainEvent event) {
        pending.add(event);
        ListeningStore.offer(event);
    }

    public void publishTo(EventBus bus) {
        pending.forEach(bus::publish);
        pending.clear();
    }
}
