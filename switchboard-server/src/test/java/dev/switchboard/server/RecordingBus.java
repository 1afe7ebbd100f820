package dev.switchboard.server;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bus that records what is published and delivers it to nobody: the services under test run
 * without realtime fan-out, and the test reads {@link #published} instead. Thread-safe.
 */
public final class RecordingBus implements EventBus {
    public final List<DomainEvent> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) { published.add(event); }

    @Override
    public void subscribe(Consumer<DomainEvent> listener) {}
}
