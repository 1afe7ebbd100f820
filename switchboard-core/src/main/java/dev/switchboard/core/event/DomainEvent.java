package dev.switchboard.core.event;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;

/**
 * Something that happened, published after its transaction committed. Each carries its audience;
 * each adapter renders it once per protocol.
 */
public sealed interface DomainEvent {
    Audience audience();

    /** A new thread was opened and its inquiry queued. */
    record ThreadOpened(Thread thread, Inquiry inquiry) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** A message or system message was appended to a thread. */
    record EventPosted(Thread thread, Event event) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** An agent now serves the thread. */
    record AgentAssigned(Thread thread, User agent) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** The thread was closed. */
    record ThreadClosed(Thread thread) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }
}
