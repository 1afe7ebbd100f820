package dev.switchboard.core.realtime;

import dev.switchboard.core.event.Audience;
import dev.switchboard.core.event.DomainEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the connections an event concerns. Listeners register under {@link HubKey}s; an event reaches
 * every listener registered under any key of its {@link Audience}, once, however many keys match.
 * The hub only narrows the candidates: each listener still decides what, if anything, to send.
 * Thread-safe; subscribe it to the event bus.
 */
public final class Hub implements Consumer<DomainEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);
    private final Map<HubKey, Set<HubListener>> index = new ConcurrentHashMap<>();

    public void listen(HubListener listener, HubKey key) {
        // Added inside the map's atomic step: added after it, the listener could land in a set that
        // forget() was dropping from the index as its last listener left, and never hear the key again.
        index.compute(key, (k, listeners) -> {
            Set<HubListener> set = listeners != null ? listeners : ConcurrentHashMap.newKeySet();
            set.add(listener);
            return set;
        });
    }

    public void forget(HubListener listener, HubKey key) {
        index.computeIfPresent(key, (k, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    /** How many listeners are registered under a key (for metrics and tests). */
    public int listenerCount(HubKey key) {
        Set<HubListener> listeners = index.get(key);
        return listeners == null ? 0 : listeners.size();
    }

    @Override
    public void accept(DomainEvent event) {
        for (HubListener listener : candidates(event.audience())) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("realtime listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    private Set<HubListener> candidates(Audience audience) {
        List<HubKey> keys = new ArrayList<>();
        audience.threadIds().forEach(id -> keys.add(HubKey.thread(id)));
        audience.contactIds().forEach(id -> keys.add(HubKey.contact(id)));
        audience.agentIds().forEach(id -> keys.add(HubKey.agent(id)));
        audience.departmentIds().forEach(id -> keys.add(HubKey.department(id)));
        if (audience.queueWatchers()) keys.add(HubKey.QUEUE);
        Set<HubListener> found = new LinkedHashSet<>();
        for (HubKey key : keys) {
            Set<HubListener> listeners = index.get(key);
            if (listeners != null) found.addAll(listeners);
        }
        return found;
    }
}
