package dev.switchboard.core.event;

import java.util.Set;

/**
 * Who should hear of a domain event: the contacts, agents, threads and departments it concerns, and
 * whether agents watching the inquiry queue care. The realtime hub matches connections against it; an
 * empty set matches nobody by that key.
 */
public record Audience(Set<String> contactIds, Set<String> agentIds, Set<String> threadIds, Set<String> departmentIds,
                       boolean queueWatchers) {
    public Audience {
        contactIds = Set.copyOf(contactIds);
        agentIds = Set.copyOf(agentIds);
        threadIds = Set.copyOf(threadIds);
        departmentIds = Set.copyOf(departmentIds);
    }

    /** Nobody: events only the server itself listens to (routing). */
    public static Audience nobody() { return new Audience(Set.of(), Set.of(), Set.of(), Set.of(), false); }

    /** Everyone following a thread: its contact, its agent (nullable) and its department (nullable). */
    public static Audience ofThread(dev.switchboard.core.model.Thread t) {
        return new Audience(Set.of(t.contactId()),
                t.agent() == null ? Set.of() : Set.of(t.agent().id()),
                Set.of(t.id()),
                t.departmentId() == null ? Set.of() : Set.of(t.departmentId()),
                false);
    }

    /** Everyone following a thread, plus the agents watching the queue its inquiry is (or was) in. */
    public static Audience ofThreadAndQueue(dev.switchboard.core.model.Thread t) {
        Audience a = ofThread(t);
        return new Audience(a.contactIds, a.agentIds, a.threadIds, a.departmentIds, true);
    }
}
