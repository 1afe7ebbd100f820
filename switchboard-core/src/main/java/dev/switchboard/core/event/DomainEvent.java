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
        /** Queue watchers too: LiveChat agents see queued chats' positions ({@code queue_positions_updated}). */
        public Audience audience() {
            return new Audience(java.util.Set.of(inquiry.contactId()), java.util.Set.of(),
                    java.util.Set.of(inquiry.threadId()), java.util.Set.of(), true);
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
        /** The agent itself: its LiveChat RTM connections announce {@code routing_status_set}. */
        public Audience audience() {
            return new Audience(java.util.Set.of(), java.util.Set.of(agent.id()), java.util.Set.of(), java.util.Set.of(), false);
        }
    }

    /** Something routing depends on changed: a setting, a department's agents or limit, an agent's limit. */
    record RoutingRulesChanged(String what) implements DomainEvent {
        public Audience audience() { return Audience.nobody(); }
    }

    // LiveChat v3.6 data (issue 5 part B): properties, tags, customers, read marks, indicators, multicast, logout.

    /**
     * Properties of a chat, of one of its threads ({@code threadId} set) or of one event
     * ({@code eventId} set too) were set ({@code updated}: only the keys written) or deleted
     * ({@code deleted}: {@code {namespace: [names]}}); exactly one of the two is non-null.
     */
    record PropertiesChanged(String chatId, String threadId, String eventId, dev.switchboard.core.model.Properties updated,
                             java.util.Map<String, java.util.List<String>> deleted, Audience audience) implements DomainEvent {}

    /** A thread got ({@code tagged}) or lost a tag. */
    record ThreadTagChanged(String chatId, Thread thread, String tag, boolean tagged) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /**
     * A customer's data changed: {@code changes} holds the changed fields in LiveChat wire names
     * ({@code name}, {@code email}, {@code session_fields}); the audience is its followers and the
     * agents of its open thread.
     */
    record CustomerUpdated(dev.switchboard.core.model.Contact contact, java.util.Map<String, Object> changes,
                           Audience audience) implements DomainEvent {}

    /** A customer was banned for {@code days} (until {@code until}); the audience includes the contact itself. */
    record CustomerBanned(dev.switchboard.core.model.Contact contact, long days, java.time.Instant until,
                          Audience audience) implements DomainEvent {}

    /** {@code userId} (agent, or the contact's id) has seen the chat's events up to {@code seenUpTo}. */
    record EventsSeen(String chatId, Thread thread, String userId, java.time.Instant seenUpTo) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /**
     * An agent or bot is typing ({@code kind} TYPING, {@code active} whether it still is) or preparing a
     * response (THINKING, with optional title, description and client id). Never stored. With
     * {@code agentsOnly} the contact is left out of the audience.
     */
    record AgentIndicator(String chatId, Thread thread, String authorId, IndicatorKind kind, boolean agentsOnly,
                          boolean active, String title, String description, String customId,
                          java.time.Instant at) implements DomainEvent {
        public Audience audience() {
            Audience a = Audience.ofThread(thread);
            return agentsOnly ? new Audience(java.util.Set.of(), a.agentIds(), a.threadIds(), a.departmentIds(), false) : a;
        }
    }

    /** What an {@link AgentIndicator} says. */
    enum IndicatorKind { TYPING, THINKING }

    /**
     * A chat-independent message (LiveChat {@code multicast}), never stored: {@code content} is any
     * JSON-shaped value (Map, List, String, Number, Boolean); {@code authorId} and {@code type} nullable.
     * The audience names every recipient agent (and customer) resolved when it was sent.
     */
    record Multicast(String authorId, Object content, String type, Audience audience) implements DomainEvent {}

    /** An agent was logged out remotely: its Agent Chat API sessions (RTM connections) end. */
    record AgentLoggedOut(String agentId, String requesterId) implements DomainEvent {
        public Audience audience() {
            return new Audience(java.util.Set.of(), java.util.Set.of(agentId), java.util.Set.of(), java.util.Set.of(), false);
        }
    }

    /**
     * LiveChat {@code add_user_to_chat} (§4.11): an agent joined a chat beside its serving agent.
     * {@code thread} is the chat's open thread (its audience hears of it); {@code requesterId} nullable.
     */
    record UserAddedToChat(Thread thread, String chatId, User user, String visibility, String requesterId)
            implements DomainEvent {
        public Audience audience() { return withAgent(Audience.ofThread(thread), user.id()); }
    }

    /** LiveChat {@code remove_user_from_chat} (§4.12): an added agent left a chat. */
    record UserRemovedFromChat(Thread thread, String chatId, String userId, String requesterId) implements DomainEvent {
        public Audience audience() { return withAgent(Audience.ofThread(thread), userId); }
    }

    /** LiveChat {@code unfollow_chat} (§4.9): only the user's own connections hear of it. */
    record ChatUnfollowed(String chatId, String userId) implements DomainEvent {
        public Audience audience() {
            return new Audience(java.util.Set.of(), java.util.Set.of(userId), java.util.Set.of(), java.util.Set.of(), false);
        }
    }

    /**
     * LiveChat {@code send_rich_message_postback} (§4.16): a user pressed a button of a rich message.
     *
     * @param postback {@code {id, toggled, button_type?, button_value?, ecommerce?}} in LiveChat wire names
     */
    record RichMessagePostback(Thread thread, String chatId, String eventId, String userId,
                               java.util.Map<String, Object> postback) implements DomainEvent {
        public Audience audience() { return Audience.ofThread(thread); }
    }

    /**
     * LiveChat {@code transfer_chat} (§4.10) finished: the same transfer as a Rocket.Chat forward (whose
     * own events, {@link AgentAssigned} or {@link InquiryRequeued}, precede this one), told with the
     * requester and the target. {@code agentId} and {@code departmentId} are nullable.
     */
    record ChatTransferred(Thread thread, String requesterId, String agentId, String departmentId)
            implements DomainEvent {
        public Audience audience() { return withAgent(Audience.ofThreadAndQueue(thread), requesterId); }
    }

    private static Audience withAgent(Audience a, String agentId) {
        var agents = new java.util.HashSet<>(a.agentIds());
        agents.add(agentId);
        return new Audience(a.contactIds(), agents, a.threadIds(), a.departmentIds(), a.queueWatchers());
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

    /**
     * A visitor left a message in the offline form and it was mailed (rocketchat-livechat.md §3.6). Nobody
     * is pushed; it exists for in-transaction listeners such as the CRM webhook's outbox
     * ({@code LivechatOfflineMessage}, live-agents-mediator.md §5.2).
     *
     * @param departmentId nullable: the department the form named, when it exists
     */
    record OfflineMessageLeft(dev.switchboard.core.livechat.OfflineMessage message, String departmentId,
                              java.time.Instant sentAt) implements DomainEvent {
        public Audience audience() {
            return new Audience(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false);
        }
    }
}
