package dev.switchboard.core.store;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Events of threads, in per-thread sequence order. */
public interface EventStore {
    /**
     * Appends the event with the next sequence number of its thread. Numbers only grow: one freed by
     * {@link #delete} is never handed out again.
     *
     * @return the stored event, carrying its sequence number
     * @throws DuplicateKeyException when the id is taken
     */
    Event append(Event event);

    /**
     * {@link #append} for a message, which also records its thread's new activity as
     * {@link ThreadStore#updateActivity} does, in the same row write as the thread's counter: every
     * message does both, and one write of the thread's row costs the database less than two.
     *
     * @param activity the event's thread with the message counted ({@link Thread#withMessage})
     * @throws IllegalArgumentException when {@code activity} is not the event's thread
     */
    Event append(Event event, Thread activity);

    /**
     * {@link #append} for many events at once, in list order (several may share a thread); returns
     * them with their sequence numbers. Batched: a handful of statements however many events.
     */
    List<Event> appendAll(List<Event> events);

    /** Rewrites text, attributes (hence also whether it is hidden) and the edit/update times of an existing event. */
    void update(Event event);

    Optional<Event> findById(String id);

    /** @return whether an event was deleted */
    boolean delete(String id);

    /**
     * The newest events of a thread first, leaving out hidden ones ({@link Event#isHidden()}).
     *
     * @param before       only events created strictly before this instant (nullable)
     * @param excludeTypes system types to leave out
     * @param limit        at most this many (0 = all)
     */
    List<Event> history(String threadId, Instant before, Set<String> excludeTypes, int offset, int limit);

    /** {@link #history} as the thread's contact may see it: without events only agents may see ({@link Event#isAgentsOnly()}). */
    List<Event> contactHistory(String threadId, Instant before, Set<String> excludeTypes, int offset, int limit);

    /**
     * The newest events of one system type across threads, hidden ones included (page visits are
     * hidden messages, yet they are the customer's visit record).
     *
     * @param limit at most this many (0 = all)
     */
    List<Event> ofType(java.util.Collection<String> threadIds, String type, int limit);

    /** How many events of one system type the threads hold, hidden ones included. */
    long countOfType(java.util.Collection<String> threadIds, String type);
}
