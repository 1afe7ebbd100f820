package dev.switchboard.core.livechat;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.User;

/**
 * Typing notices. They are never stored and a refused one is dropped silently, as upstream answers a
 * rejected typing write with an empty result (rocketchat-livechat.md §5.5). Thread-safe.
 */
public final class TypingService {
    private final RoomAccess access;
    private final EventBus bus;

    public TypingService(RoomAccess access, EventBus bus) {
        this.access = access;
        this.bus = bus;
    }

    /** A visitor types in its open room; {@code username} is ignored in favour of the stored one. */
    public void visitorTyping(String token, String rid, boolean typing) {
        access.visitorRoomWithOwner(token, rid, true).ifPresent(v -> bus.publish(
                new DomainEvent.Typing(v.room(), v.owner().username(), typing, Event.AuthorKind.CONTACT)));
    }

    /** An agent types in an open room it may access. */
    public void agentTyping(User agent, String rid, boolean typing) {
        access.agentRoom(agent, rid).filter(dev.switchboard.core.model.Thread::isOpen).ifPresent(room ->
                bus.publish(new DomainEvent.Typing(room, agent.username(), typing, Event.AuthorKind.AGENT)));
    }
}
