package dev.switchboard.core.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Thread thread(String id, String contactId, String departmentId) {
        return new Thread(id, "chat-" + id, contactId, "Visitor", departmentId, null, new Thread.ThreadSource("api", null),
                List.of(), null, 0, null, T0, T0, null, null, null, null, false);
    }

    private static final class Recorder implements HubListener {
        final List<DomainEvent> events = new ArrayList<>();

        @Override
        public synchronized void onEvent(DomainEvent event) { events.add(event); }
    }

    private static DomainEvent typing(Thread t) { return new DomainEvent.Typing(t, "guest-1", true, Event.AuthorKind.CONTACT); }

    @Test
    void an_event_reaches_listeners_of_its_thread_and_contact_but_no_one_else() {
        Hub hub = new Hub();
        Recorder byThread = new Recorder();
        Recorder byContact = new Recorder();
        Recorder elsewhere = new Recorder();
        hub.listen(byThread, HubKey.thread("r1"));
        hub.listen(byContact, HubKey.contact("c1"));
        hub.listen(elsewhere, HubKey.thread("r2"));

        DomainEvent e = typing(thread("r1", "c1", null));
        hub.accept(e);

        assertThat(byThread.events).containsExactly(e);
        assertThat(byContact.events).containsExactly(e);
        assertThat(elsewhere.events).isEmpty();
    }

    @Test
    void a_listener_matching_several_keys_hears_the_event_once() {
        Hub hub = new Hub();
        Recorder both = new Recorder();
        hub.listen(both, HubKey.thread("r1"));
        hub.listen(both, HubKey.department("d1"));

        hub.accept(typing(thread("r1", "c1", "d1")));

        assertThat(both.events).hasSize(1);
    }

    @Test
    void queue_watchers_hear_only_events_meant_for_the_queue() {
        Hub hub = new Hub();
        Recorder queue = new Recorder();
        hub.listen(queue, HubKey.QUEUE);
        Thread t = thread("r1", "c1", null);

        hub.accept(typing(t));
        hub.accept(new DomainEvent.ThreadClosed(t, null));
        assertThat(queue.events).isEmpty();

        DomainEvent closedWhileQueued = new DomainEvent.ThreadClosed(t, new dev.switchboard.core.model.Inquiry("i1", "r1",
                "c1", "Visitor", dev.switchboard.core.model.Inquiry.InquiryStatus.QUEUED, null, null, "api", T0, T0, null, null, T0));
        hub.accept(closedWhileQueued);
        assertThat(queue.events).containsExactly(closedWhileQueued);
    }

    @Test
    void a_forgotten_listener_hears_nothing_and_a_failing_one_does_not_stop_the_others() {
        Hub hub = new Hub();
        Recorder gone = new Recorder();
        Recorder stays = new Recorder();
        hub.listen(gone, HubKey.thread("r1"));
        hub.listen(event -> { throw new IllegalStateException("boom"); }, HubKey.thread("r1"));
        hub.listen(stays, HubKey.thread("r1"));
        hub.forget(gone, HubKey.thread("r1"));

        hub.accept(typing(thread("r1", "c1", null)));

        assertThat(gone.events).isEmpty();
        assertThat(stays.events).hasSize(1);
        assertThat(hub.listenerCount(HubKey.thread("r1"))).isEqualTo(2);
    }

    /**
     * Connections keep joining and leaving a room: each time the last listener leaves, the room's entry
     * goes. A listener added at that moment must land in the index, not in the set being dropped, or it
     * never hears the room again (a subscription that silently gets nothing).
     */
    @Test
    void a_listener_joining_while_the_last_one_leaves_still_hears_the_room() throws Exception {
        Hub hub = new Hub();
        HubKey room = HubKey.thread("r1");
        DomainEvent e = typing(thread("r1", "c1", null));
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        var churn = java.util.concurrent.CompletableFuture.runAsync(() -> {
            Recorder other = new Recorder();
            while (!done.get()) {
                hub.listen(other, room);
                hub.forget(other, room);
            }
        }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        try {
            for (int round = 0; round < 200_000; round++) {
                Recorder joining = new Recorder();
                hub.listen(joining, room);
                hub.accept(e);
                assertThat(joining.events).as("round %d", round).containsExactly(e);
                hub.forget(joining, room);
            }
        } finally {
            done.set(true);
            churn.get();
        }
    }
}
