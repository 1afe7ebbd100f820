package dev.switchboard.core.livechat;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.store.InquiryStore;
import dev.switchboard.core.store.Store;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps waiting visitors told of their place in the queue (Rocket.Chat's {@code queueData}): after
 * every change to a department's queue (an inquiry queued, taken, or gone with its closed room) it
 * publishes the position of each inquiry still waiting in that department's queue, oldest first.
 * Inquiries without a department form one queue. Subscribe it to the bus after the realtime hub, so
 * a new room's own events go out before its position. Thread-safe.
 */
public final class QueuePositions implements Consumer<DomainEvent> {
    private final Store store;
    private final EventBus bus;

    public QueuePositions(Store store, EventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    @Override
    public void accept(DomainEvent event) {
        Inquiry changed = switch (event) {
            case DomainEvent.ThreadOpened e -> e.inquiry().status() == Inquiry.InquiryStatus.QUEUED ? e.inquiry() : null;
            case DomainEvent.AgentAssigned e -> e.inquiry();
            case DomainEvent.ThreadClosed e -> e.removedFromQueue();
            default -> null;
        };
        if (changed != null) announce(changed.departmentId());
    }

    private void announce(String departmentId) {
        var queue = departmentId == null
                ? new InquiryStore.QueueQuery(List.of(), true, null)
                : new InquiryStore.QueueQuery(List.of(departmentId), false, null);
        List<Inquiry> waiting = store.read(tx -> tx.inquiries().listQueued(queue,
                new PageRequest(0, 0, List.of(new PageRequest.SortKey("queuedAt", true))))).items();
        int spot = 0;
        for (Inquiry inquiry : waiting) bus.publish(new DomainEvent.QueuePosition(inquiry, ++spot));
    }
}
