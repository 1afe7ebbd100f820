package dev.switchboard.core.store;

import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queue. Taking is a compare-and-set, so an inquiry is taken at most once. */
public interface InquiryStore {
    void insert(Inquiry inquiry);

    /** Rewrites department and update time (used on transfer). */
    void update(Inquiry inquiry);

    Optional<Inquiry> findById(String id);

    Optional<Inquiry> findByThread(String threadId);

    /** The inquiries with these ids (unknown ids are left out), in no particular order. */
    List<Inquiry> findAllById(java.util.Collection<String> ids);

    /**
     * Marks a queued inquiry taken by the agent.
     *
     * @return false when the inquiry is missing or no longer queued (someone else took it)
     */
    boolean take(String inquiryId, String agentId, Instant at);

    /**
     * {@link #take} for many inquiries at once, as a batch.
     *
     * @return the ids of the inquiries that were no longer queued (someone else took them); empty
     *         when every take succeeded
     */
    List<String> takeAll(List<Take> takes);

    /** One take of {@link #takeAll}. */
    record Take(String inquiryId, String agentId, Instant at) {}

    /** Puts a taken inquiry back in the queue. */
    void requeue(String inquiryId, Instant at);

    /** Removes the inquiry of a thread (when the thread closes). */
    void deleteByThread(String threadId);

    /**
     * Queued inquiries. Sort fields: {@code createdAt}, {@code queuedAt}, {@code name}; default
     * {@code createdAt} descending.
     */
    Page<Inquiry> listQueued(QueueQuery query, PageRequest page);

    /**
     * Which queued inquiries to list. With empty {@code departmentIds} and {@code includeNoDepartment}
     * false, every queued inquiry matches; otherwise only those in {@code departmentIds}, plus those
     * without a department when {@code includeNoDepartment}, plus those whose default agent is
     * {@code orDefaultAgentId} (nullable).
     */
    record QueueQuery(List<String> departmentIds, boolean includeNoDepartment, String orDefaultAgentId) {
        public static QueueQuery any() { return new QueueQuery(List.of(), false, null); }
    }
}
