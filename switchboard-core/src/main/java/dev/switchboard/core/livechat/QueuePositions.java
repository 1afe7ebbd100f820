package dev.switchboard.core.livechat;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.store.InquiryStore;
import dev.switchboard.core.store.Store;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keeps waiting visitors told of their place in the queue and their estimated wait (Rocket.Chat's
 * {@code queueData}): after every change to a department's queue (an inquiry queued, requeued, taken,
 * or gone with its closed room) it publishes the position of each inquiry still waiting in that
 * department's queue, oldest first. Inquiries without a department form one queue.
 *
 * <p>Changes are coalesced: the event only marks the department, and one pass on {@code executor}
 * announces each marked queue once, however many changes it had meanwhile. Routing 10,000
 * inquiries in one go would otherwise announce the shrinking queue 10,000 times. Thread-safe.
 */
public final class QueuePositions implements Consumer<DomainEvent> {
    private static final String NO_DEPARTMENT = "";
    /** The whole queue, spot 1 first. */
    static final PageRequest OLDEST_FIRST = new PageRequest(0, 0, List.of(new PageRequest.SortKey("queuedAt", true)));
    private final Store store;
    private final EventBus bus;
    private final WaitEstimator waits;
    private final Executor executor;
    private final Set<String> dirty = new LinkedHashSet<>();

    /** @param executor runs the announcing passes; a single thread keeps them in order */
    public QueuePositions(Store store, EventBus bus, WaitEstimator waits, Executor executor) {
        this.store = store;
        this.bus = bus;
        this.waits = waits;
        this.executor = executor;
    }

    @Override
    public void accept(DomainEvent event) {
        Inquiry changed = switch (event) {
            case DomainEvent.ThreadOpened e -> e.inquiry().status() == Inquiry.InquiryStatus.QUEUED ? e.inquiry() : null;
            case DomainEvent.AgentAssigned e -> {
                if (e.inquiry().takenAt() != null) waits.served(e.inquiry().departmentId(), e.inquiry().takenAt());
                yield e.inquiry();
            }
            case DomainEvent.InquiryRequeued e -> e.inquiry();
            case DomainEvent.ThreadClosed e -> e.removedFromQueue();
            default -> null;
        };
        if (changed != null) mark(changed.departmentId());
    }

    private void mark(String departmentId) {
        boolean schedule;
        synchronized (dirty) {
            schedule = dirty.isEmpty();
            dirty.add(departmentId == null ? NO_DEPARTMENT : departmentId);
        }
        if (schedule) executor.execute(this::announceMarked);
    }

    /** One department's queue (null: the inquiries without a department), as announced. */
    static InquiryStore.QueueQuery queueOf(String departmentId) {
        return departmentId == null
                ? new InquiryStore.QueueQuery(List.of(), true, null)
                : new InquiryStore.QueueQuery(List.of(departmentId), false, null);
    }

    private void announceMarked() {
        while (true) {
            String department;
            synchronized (dirty) {
                var next = dirty.iterator();
                if (!next.hasNext()) return;
                department = next.next();
                next.remove();
            }
            announce(department.equals(NO_DEPARTMENT) ? null : department);
        }
    }

    private void announce(String departmentId) {
        List<Inquiry> waiting = store.read(tx -> tx.inquiries().listQueued(queueOf(departmentId), OLDEST_FIRST)).items();
        int spot = 0;
        for (Inquiry inquiry : waiting) {
            spot++;
            bus.publish(new DomainEvent.QueuePosition(inquiry, spot, waits.estimateSeconds(departmentId, spot)));
        }
    }
}
