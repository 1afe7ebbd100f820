package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.routing.OpenLoad;
import dev.switchboard.core.store.InquiryStore.Take;
import dev.switchboard.core.store.StoreTx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing reads and the batched writes behind draining a queue, on both databases. */
interface RoutingStoreContract extends StoreFixture {

    @Test
    default void loads_count_open_served_threads_not_on_hold_per_department() {
        User amy = Fixtures.agent("amy", LivechatStatus.AVAILABLE, Presence.ONLINE);
        run(tx -> {
            tx.users().insert(amy);
            var served = new Thread.ServingAgent(amy.id(), "amy", at(1));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(served, at(1)));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(served, at(1)).withOnHold(true, at(2)));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(served, at(1)).closed(at(3), "user", null, null, null));
        });
        List<OpenLoad> loads = read((StoreTx tx) -> tx.routing().openLoads(null));
        assertThat(loads).containsExactly(new OpenLoad(amy.id(), null, 1));
        assertThat(read((StoreTx tx) -> tx.routing().openLoads(at(5)))).isEmpty();
    }

    @Test
    default void batched_takes_report_the_inquiries_someone_else_took_and_agent_limits_round_trip() {
        User amy = Fixtures.agent("amy", LivechatStatus.AVAILABLE, Presence.ONLINE);
        List<Inquiry> inquiries = write(tx -> {
            tx.users().insert(amy);
            tx.routing().setAgentLimit(amy.id(), 3);
            var made = new java.util.ArrayList<Inquiry>();
            for (int i = 0; i < 3; i++) {
                Inquiry q = Fixtures.queued(Fixtures.newOpenThread(tx), null, null, "V" + i, at(i));
                tx.inquiries().insert(q);
                made.add(q);
            }
            return made;
        });
        run(tx -> tx.inquiries().take(inquiries.get(1).id(), "someone", at(2)));

        List<String> lost = write(tx -> tx.inquiries().takeAll(inquiries.stream()
                .map(i -> new Take(i.id(), amy.id(), at(3))).toList()));

        assertThat(lost).containsExactly(inquiries.get(1).id());
        assertThat(read((StoreTx tx) -> tx.routing().waiting())).isEmpty();
        assertThat(read((StoreTx tx) -> tx.routing().agentLimit(amy.id()))).isEqualTo(3);
        assertThat(read((StoreTx tx) -> tx.inquiries().findAllById(List.of(inquiries.get(0).id(), "nope"))))
                .extracting(Inquiry::takenBy).containsExactly(amy.id());
    }

    @Test
    default void batched_appends_number_events_after_each_threads_last_and_update_all_threads() {
        var threads = write(tx -> List.of(Fixtures.newOpenThread(tx), Fixtures.newOpenThread(tx)));
        var a = threads.get(0);
        var b = threads.get(1);
        run(tx -> tx.events().append(event(a, "first")));

        List<Event> stored = write(tx -> tx.events().appendAll(List.of(event(a, "a2"), event(b, "b1"), event(a, "a3"))));

        assertThat(stored).extracting(Event::seq).containsExactly(2L, 1L, 3L);
        assertThat(write(tx -> tx.events().append(event(b, "b2"))).seq()).isEqualTo(2);
        var amy = new Thread.ServingAgent("amy-id", "amy", at(7));
        Thread servedA = a.withAgent(amy, at(7)).withOnHold(true, at(7));
        Thread servedB = b.withAgent(amy, at(7));
        run(tx -> tx.threads().updateServingAgents(List.of(servedA, servedB)));
        assertThat(read((StoreTx tx) -> tx.threads().findAllById(List.of(a.id(), b.id(), "nope"))))
                .containsExactlyInAnyOrder(servedA, servedB);
    }

    @Test
    default void many_events_appended_at_once_all_arrive_in_order_and_a_clash_among_them_writes_none() {
        var threads = write(tx -> List.of(Fixtures.newOpenThread(tx), Fixtures.newOpenThread(tx)));
        // More than two multi-row statements' worth, plus a remainder, alternating between the threads.
        List<Event> many = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) many.add(event(threads.get(i % 2), "m" + i));

        List<Event> stored = write(tx -> tx.events().appendAll(many));

        assertThat(stored).extracting(Event::seq).startsWith(1L, 1L, 2L, 2L).endsWith(75L, 75L);
        var history = read((StoreTx tx) -> tx.events().history(threads.get(0).id(), null, java.util.Set.of(), 0, 0));
        assertThat(history).hasSize(75).extracting(Event::text).contains("m0", "m148");
        List<Event> clashing = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) clashing.add(event(threads.get(1), "n" + i));
        clashing.add(many.get(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(tx -> tx.events().appendAll(clashing)))
                .isInstanceOf(dev.switchboard.core.store.DuplicateKeyException.class);
        assertThat(read((StoreTx tx) -> tx.events().history(threads.get(1).id(), null, java.util.Set.of(), 0, 0))).hasSize(75);
    }

    private static Event event(Thread t, String text) {
        return new Event(dev.switchboard.core.model.Ids.newId(), t.id(), 0, null, text, new UserRef("u", "u"),
                Event.AuthorKind.AGENT, "U", null, null, Map.of(), at(4), at(4), null);
    }
}
