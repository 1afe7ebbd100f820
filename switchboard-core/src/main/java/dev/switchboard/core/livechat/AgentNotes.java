package dev.switchboard.core.livechat;

import dev.switchboard.core.agentchat.ChatEventService;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * System notes for a room's agents that its contact never sees ({@value Event#AGENTS_ONLY}): left out
 * of the contact's history and pushes, and, being system messages, never relayed to a channel. Used
 * when Switchboard must tell an agent something about the room itself, such as a message the contact
 * did not receive (live-agents-mediator.md §5.7, §9.2). Thread-safe.
 */
public final class AgentNotes {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;

    public AgentNotes(Store store, Clock clock, EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /**
     * Posts {@code text} into the room, open or closed (a late note still belongs to its record).
     *
     * @return the note, or empty when the room does not exist
     */
    public Optional<Event> post(String rid, String text) {
        AfterCommit after = new AfterCommit();
        Optional<Event> posted = store.write(tx -> tx.threads().findById(rid).map(thread -> {
            Instant now = clock.instant();
            Event note = new Event(Ids.newId(), rid, 0, ChatEventService.SYSTEM_TYPE, text, SystemEvents.SWITCHBOARD,
                    Event.AuthorKind.SYSTEM, null, null, null, Map.of(Event.AGENTS_ONLY, true), now, now, null);
            Event stored = tx.events().append(note);
            after.add(new DomainEvent.EventPosted(thread, stored));
            return stored;
        }));
        after.publishTo(bus);
        return posted;
    }
}
