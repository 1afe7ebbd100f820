package dev.switchboard.core.realtime;

import dev.switchboard.core.event.DomainEvent;

/**
 * A connection (or session) as the hub sees it. Called on the publishing thread, possibly by several
 * threads at once: implementations must be thread-safe and must not block (queue, don't write).
 */
public interface HubListener {
    void onEvent(DomainEvent event);
}
