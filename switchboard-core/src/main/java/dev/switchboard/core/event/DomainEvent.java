package dev.switchboard.core.event;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;

/**
 * Something that happened, published after its transaction committed (typing, which is never
 * stored, is published at once). Each carries its audience; each adapter renders it once per protocol.
 */
public sealed interface DomainEvent {
    Audience audience();

    /** A new thread was opened and its inquiry queued. */
    record ThreadOpened(Thread thread, Inquiry inquiry) implements DomainEvent {
        public Audience audience() { return Audience.ofThreadAndQueue(thread); }
    }

    /** A message or system message was appended to a thread. */
    record EventPosted(Thread thread, Event event) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** A message was edited; {@code event} is its new state. */
    record EventEdited(Thread thread, Event event) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** A message was deleted. */
    record EventDeleted(Thread thread, String eventId) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** An agent now serves the thread; {@code inquiry} is the inquiry it took, now taken. */
    record AgentAssigned(Thread thread, User agent, Inquiry inquiry) implements DomainEvent {
        public Audience audience() { return Audience.ofThreadAndQueue(thread); }
    }

    /**
     * The thread was closed.
     *
     * @param removedFromQueue the inquiry that was still waiting and left the queue with the close (nullable)
     */
    record ThreadClosed(Thread thread, Inquiry removedFromQueue) implements DomainEvent {
        public Audience audience() {
            return removedFromQueue == null ? Audience.ofThread(thread) : Audience.ofThreadAndQueue(thread);
        }
    }

    /**
     * Someone started or stopped typing in a thread. Never stored: it matters only while it is true.
     *
     * @param username the typist's username (a contact's {@code guest-N} or an agent's)
     */
    record Typing(Thread thread, String username, boolean typing, Event.AuthorKind by) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /**
     * A waiting inquiry's place in its queue changed (or was first known): 1 is next. Derived from
     * the queue after each change to it, never stored.
     *
     * @param estimatedWaitSeconds how long the visitor will likely wait, from the pace at which its
     *                             queue was served lately; null when there is no recent history
     */
    record QueuePosition(Inquiry inquiry, int spot, Long estimatedWaitSeconds) implements DomainEvent {
        public Audience audience() {
            return new Audience(java.util.Set.of(inquiry.contactId()), java.util.Set.of(),
                    java.util.Set.of(inquiry.threadId()), java.util.Set.of(), false);
        }
    }

    /**
     * A thread went back to the queue: transferred to a department, or its agent left or never
     * answered. {@code previousAgentId} (nullable) no longer serves it.
     */
    record InquiryRequeued(Thread thread, Inquiry inquiry, String previousAgentId) implements DomainEvent {
        public Audience audience() { return Audience.ofThreadAndQueue(thread); }
    }

    /** A thread was put on hold or resumed; on hold it does not count towards its agent's limit. */
    record HoldChanged(Thread thread) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /** An agent's availability or presence changed (it may now take chats, or no longer). */
    record AgentStatusChanged(User agent) implements DomainEvent {
        public Audience audience() { return Audience.nobody(); }
    }

    /** Something routing depends on changed: a setting, a department's agents or limit, an agent's limit. */
    record RoutingRulesChanged(String what) implements DomainEvent {
        public Audience audience() { return Audience.nobody(); }
    }

    /**
     * An agent's connection presence changed (by {@code users.setStatus}, or by losing or regaining its
     * connections). Its visitors hear of it (Rocket.Chat's {@code agentStatus}, rocketchat-livechat.md
     * §5.5); routing hears of it through the {@link AgentStatusChanged} published with it.
     *
     * @param servedThreadIds the open threads the agent serves, whose visitors are told
     */
    record AgentPresenceChanged(User agent, java.util.List<String> servedThreadIds) implements DomainEvent {
        public AgentPresenceChanged {
            servedThreadIds = java.util.List.copyOf(servedThreadIds);
        }

        public Audience audience() {
            return new Audience(java.util.Set.of(), java.util.Set.of(agent.id()), java.util.Set.copyOf(servedThreadIds),
                    java.util.Set.of(), false);
        }
    }

    /** The room's visitor was changed ({@code PUT livechat/room.visitor}); {@code visitor} is the new one. */
    record RoomVisitorChanged(Thread thread, dev.switchboard.core.model.Contact visitor) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }
}
