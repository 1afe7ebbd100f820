package dev.switchboard.core.store;

import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Thread;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Chats and their threads. The database keeps at most one open thread per chat. */
public interface ThreadStore {
    /** @return the id of the contact's chat on this channel, creating it when missing */
    String chatFor(String contactId, String channel);

    /** @throws DuplicateKeyException when the chat already has an open thread */
    void insert(Thread thread);

    void update(Thread thread);

    /**
     * Writes only what a new message changes: the message count, the time of the last message, the hold
     * flag and the update time. None of them is indexed, so unlike {@link #update} the database rewrites
     * no index entry of the row (SQLite rewrites the entries of every index whose column a statement
     * assigns, changed or not: measured 90 µs against 15 µs per update on a table of 20,000 threads).
     */
    void updateActivity(Thread thread);

    Optional<Thread> findById(String id);

    /** The threads with these ids (unknown ids are left out), in no particular order. */
    List<Thread> findAllById(java.util.Collection<String> ids);

    /**
     * Writes only the serving agent, the hold flag and the update time of each thread, as one batch:
     * all an assignment changes, at a fraction of a full update's cost.
     */
    void updateServingAgents(List<Thread> threads);

    Optional<Thread> findOpenByContact(String contactId);

    /** Every thread of the contact, newest first. */
    List<Thread> listByContact(String contactId);

    /** Number of open threads the agent serves. */
    long countOpenServedBy(String agentId);

    /**
     * Threads matching the query. Sort fields: {@code createdAt}, {@code closedAt}, {@code updatedAt},
     * {@code lastMessageAt}, {@code name}; default {@code createdAt} descending.
     */
    Page<Thread> list(ThreadQuery query, PageRequest page);

    /**
     * A listing filter; every field is optional (null or empty means "any").
     *
     * @param agents       ids or usernames of the serving agent
     * @param open         true: open and served; false: closed
     * @param queued       true: open and not served
     * @param nameContains case-insensitive substring of the thread name
     * @param customFields exact (case-insensitive) values of custom fields
     */
    record ThreadQuery(
            List<String> agents,
            String departmentId,
            Boolean open,
            Boolean queued,
            Instant createdFrom, Instant createdTo,
            Instant closedFrom, Instant closedTo,
            List<String> tags,
            String nameContains,
            java.util.Map<String, String> customFields) {

        public static ThreadQuery any() {
            return new ThreadQuery(List.of(), null, null, null, null, null, null, null, List.of(), null,
                    java.util.Map.of());
        }
    }
}
