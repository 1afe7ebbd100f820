package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.InquiryStore;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;

/** A waiting thread's place in its department's queue, for LiveChat's {@code thread.queue}. */
final class QueueSpots {
    private QueueSpots() {}

    /** @return null unless the thread is open and its inquiry queued */
    static ChatSnapshot.QueueSpot of(StoreTx tx, Thread thread) {
        if (!thread.isOpen()) return null;
        Inquiry inquiry = tx.inquiries().findByThread(thread.id()).orElse(null);
        if (inquiry == null || inquiry.status() != Inquiry.InquiryStatus.QUEUED) return null;
        Instant queuedAt = inquiry.queuedAt() != null ? inquiry.queuedAt() : inquiry.createdAt();
        var ahead = tx.inquiries().listQueued(new InquiryStore.QueueQuery(
                inquiry.departmentId() == null ? java.util.List.of() : java.util.List.of(inquiry.departmentId()), false, null),
                dev.switchboard.core.model.PageRequest.all());
        int position = 1;
        for (Inquiry other : ahead.items()) {
            if (other.id().equals(inquiry.id())) break;
            position++;
        }
        return new ChatSnapshot.QueueSpot(position, 0, queuedAt);
    }
}
