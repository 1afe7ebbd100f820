package dev.switchboard.core.event;

import java.util.function.Consumer;

/** Carries committed domain events to every listener (of every node, for a cluster bus). Thread-safe. */
public interface EventBus {
    void publish(DomainEvent event);

    /** Registers a listener; it runs on the publishing thread and must not block. */
    void subscribe(Consumer<DomainEvent> listener);
}
