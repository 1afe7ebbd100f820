package dev.switchboard.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-node bus: delivers synchronously to listeners in registration order. A failing
 * listener is logged and does not stop the others, because the publishing use case has already
 * committed.
 */
public final class InProcessBus implements EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessBus.class);
    private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        for (var l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.error("event listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void subscribe(Consumer<DomainEvent> listener) { listeners.add(listener); }
}
