package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code EventStore}: per-thread sequence numbers, records, edits, history pages. */
interface EventStoreContract extends StoreFixture {

    private Event append(Event event) { return write(tx -> tx.events().append(event)); }

    @Test
    default void appended_events_are_numbered_from_one_in_each_thread() {
        Thread a = write(Fixtures::newOpenThread);
        Thread b = write(Fixtures::newOpenThread);
        assertThat(append(Fixtures.message(a.id(), "a1", at(1))).seq()).isEqualTo(1);
        assertThat(append(Fixtures.message(a.id(), "a2", at(2))).seq()).isEqualTo(2);
        assertThat(append(Fixtures.message(b.id(), "b1", at(2))).seq()).isEqualTo(1);
        List<Long> inOneWrite = write(tx -> List.of(
                tx.events().append(Fixtures.message(a.id(), "a3", at(3))).seq(),
                tx.events().append(Fixtures.message(a.id(), "a4", at(3))).seq()));
        assertThat(inOneWrite).containsExactly(3L, 4L);
    }

    @Test
    default void single_and_batched_appends_share_one_count_and_a_refused_append_takes_no_number() {
        Thread thread = write(Fixtures::newOpenThread);
        Event first = append(Fixtures.message(thread.id(), "one", at(1)));
        List<Event> batched = write(tx -> tx.events().appendAll(List.of(
                Fixtures.message(thread.id(), "two", at(2)), Fixtures.message(thread.id(), "three", at(2)))));
        assertThat(batched).extracting(Event::seq).containsExactly(2L, 3L);
        assertThatThrownBy(() -> append(first)).isInstanceOf(DuplicateKeyException.class);
        assertThat(append(Fixtures.message(thread.id(), "four", at(4))).seq()).isEqualTo(4);
    }

    @Test
    default void a_message_appended_with_its_rooms_activity_takes_the_next_number_and_stores_the_activity() {
        Thread thread = write(Fixtures::newOpenThread);
        append(Fixtures.message(thread.id(), "first", at(1)));
        Thread active = thread.withMessage(at(5)).withOnHold(true, at(6));
        Event second = write(tx -> tx.events().append(Fixtures.message(thread.id(), "second", at(5)), active));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(active);
        assertThat(read((StoreTx tx) -> tx.events().findById(second.id()))).contains(second);

        // A refused append records no activity either, and takes no number.
        Thread later = active.withMessage(at(9));
        assertThatThrownBy(() -> write(tx -> tx.events().append(second, later))).isInstanceOf(DuplicateKeyException.class);
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(active);
        assertThat(append(Fixtures.message(thread.id(), "third", at(10))).seq()).isEqualTo(3);

        Thread other = write(Fixtures::newOpenThread);
        assertThatThrownBy(() -> write(tx -> tx.events().append(Fixtures.message(other.id(), "x", at(11)), active)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void a_fully_populated_event_round_trips_with_json_shaped_attributes() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = new Event(Ids.newId(), thread.id(), 0, "livechat-close", "closed by visitor",
                new UserRef("c1", "guest-1"), AuthorKind.CONTACT, "Vera", "tok", "Vera V.",
                Map.of("transcriptRequested", true, "count", 3L, "ratio", 0.5, "tags", List.of("a", "b"),
                        "nested", Map.of("k", "v")), at(1), at(2), at(2));
        Event stored = append(event);
        assertThat(stored).isEqualTo(event.withSeq(1));
        assertThat(read((StoreTx tx) -> tx.events().findById(event.id()))).contains(stored);
    }

    @Test
    default void a_minimally_populated_event_round_trips_with_its_nulls() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = new Event(Ids.newId(), thread.id(), 0, null, null, null, AuthorKind.SYSTEM, null, null, null,
                null, at(1), at(1), null);
        Event stored = append(event);
        assertThat(read((StoreTx tx) -> tx.events().findById(event.id()))).contains(stored);
        assertThat(stored.attributes()).isEmpty();
        assertThat(read((StoreTx tx) -> tx.events().findById("nope"))).isEmpty();
    }

    @Test
    default void an_event_id_cannot_be_used_twice() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = append(Fixtures.message(thread.id(), "hi", at(1)));
        assertThatThrownBy(() -> append(event)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void update_rewrites_text_attributes_and_edit_times_only() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = append(Fixtures.message(thread.id(), "helo", at(1)));
        Event edited = new Event(event.id(), "other-thread", 99, "other-type", "hello", null, AuthorKind.AGENT,
                "x", "x", "x", Map.of("edited", true), at(7), at(5), at(5));
        run(tx -> tx.events().update(edited));
        assertThat(read((StoreTx tx) -> tx.events().findById(event.id()))).contains(new Event(event.id(), thread.id(), 1,
                null, "hello", event.author(), AuthorKind.CONTACT, null, null, null, Map.of("edited", true),
                at(1), at(5), at(5)));
    }

    @Test
    default void deleting_reports_whether_the_event_existed() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = append(Fixtures.message(thread.id(), "oops", at(1)));
        assertThat(write((StoreTx tx) -> tx.events().delete(event.id()))).isTrue();
        assertThat(write((StoreTx tx) -> tx.events().delete(event.id()))).isFalse();
        assertThat(read((StoreTx tx) -> tx.events().findById(event.id()))).isEmpty();
    }

    @Test
    default void a_deleted_events_sequence_number_is_never_handed_out_again() {
        Thread thread = write(Fixtures::newOpenThread);
        Event first = append(Fixtures.message(thread.id(), "one", at(1)));
        Event last = append(Fixtures.message(thread.id(), "two", at(2)));
        assertThat(write((StoreTx tx) -> tx.events().delete(last.id()))).isTrue();

        Event next = append(Fixtures.message(thread.id(), "three", at(3)));

        assertThat(next.seq()).isEqualTo(3);
        assertThat(read((StoreTx tx) -> tx.events().findById(next.id())).map(Event::seq)).contains(3L);
        assertThat(history(thread, null, Set.of(), 0, 0)).containsExactly(3L, first.seq());
    }

    @Test
    default void deleting_one_event_leaves_the_rest_of_its_thread_and_other_threads_alone() {
        Thread thread = write(Fixtures::newOpenThread);
        Thread other = write(Fixtures::newOpenThread);
        Event keep = append(Fixtures.message(thread.id(), "keep", at(1)));
        Event gone = append(Fixtures.message(thread.id(), "gone", at(2)));
        Event elsewhere = append(Fixtures.message(other.id(), "elsewhere", at(2)));

        assertThat(write((StoreTx tx) -> tx.events().delete(gone.id()))).isTrue();
        assertThat(write((StoreTx tx) -> tx.events().delete("no-such-event"))).isFalse();

        assertThat(read((StoreTx tx) -> tx.events().findById(keep.id()))).contains(keep);
        assertThat(read((StoreTx tx) -> tx.events().findById(elsewhere.id()))).contains(elsewhere);
        assertThat(history(thread, null, Set.of(), 0, 0)).containsExactly(keep.seq());
    }

    @Test
    default void an_edit_keeps_id_sequence_and_creation_time_and_is_what_history_returns() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = append(Fixtures.message(thread.id(), "helo", at(1)));
        Event edited = event.edited("hello", event.attributes(), at(3));

        run(tx -> tx.events().update(edited));

        List<Event> history = read(tx -> tx.events().history(thread.id(), null, Set.of(), 0, 0));
        assertThat(history).containsExactly(edited);
        assertThat(history.get(0).editedAt()).isEqualTo(at(3));
        assertThat(history.get(0).createdAt()).isEqualTo(at(1));
    }

    @Test
    default void hidden_events_are_stored_and_found_by_id_but_left_out_of_history() {
        Thread thread = write(Fixtures::newOpenThread);
        Event shown = append(Fixtures.message(thread.id(), "shown", at(1)));
        Event hidden = append(new Event(Ids.newId(), thread.id(), 0, "livechat_navigation_history", "Home - /",
                new UserRef("rocket.cat", "rocket.cat"), AuthorKind.SYSTEM, "Rocket.Cat", null, null,
                Map.of(Event.HIDDEN, true, "navigation", Map.of("token", "t")), at(2), at(2), null));
        Event flaggedFalse = append(new Event(Ids.newId(), thread.id(), 0, "livechat_navigation_history", "About - /a",
                null, AuthorKind.SYSTEM, null, null, null, Map.of(Event.HIDDEN, false), at(3), at(3), null));

        assertThat(hidden.isHidden()).isTrue();
        assertThat(read((StoreTx tx) -> tx.events().findById(hidden.id()))).contains(hidden);
        assertThat(history(thread, null, Set.of(), 0, 0)).containsExactly(flaggedFalse.seq(), shown.seq());
        assertThat(history(thread, null, Set.of(), 0, 1)).containsExactly(flaggedFalse.seq());
        assertThat(history(thread, null, Set.of(), 1, 1)).containsExactly(shown.seq());
    }

    @Test
    default void an_update_that_hides_or_reveals_an_event_moves_it_out_of_or_into_history() {
        Thread thread = write(Fixtures::newOpenThread);
        Event event = append(Fixtures.message(thread.id(), "now you see me", at(1)));

        run(tx -> tx.events().update(new Event(event.id(), event.threadId(), event.seq(), null, event.text(),
                event.author(), event.authorKind(), null, null, null, Map.of(Event.HIDDEN, true), at(1), at(2), null)));
        assertThat(history(thread, null, Set.of(), 0, 0)).isEmpty();

        run(tx -> tx.events().update(event));
        assertThat(history(thread, null, Set.of(), 0, 0)).containsExactly(event.seq());
    }

    @Test
    default void history_is_newest_first_and_filters_by_time_type_and_page() {
        Thread thread = write(Fixtures::newOpenThread);
        Thread other = write(Fixtures::newOpenThread);
        append(Fixtures.systemEvent(thread.id(), "livechat-started", at(0)));
        append(Fixtures.message(thread.id(), "m1", at(1)));
        append(Fixtures.systemEvent(thread.id(), "uj", at(2)));
        append(Fixtures.message(thread.id(), "m2", at(3)));
        append(Fixtures.message(thread.id(), "m3", at(4)));
        append(Fixtures.message(other.id(), "elsewhere", at(2)));
        assertThat(history(thread, null, Set.of(), 0, 0)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(history(thread, at(3), Set.of(), 0, 0)).containsExactly(3L, 2L, 1L);
        assertThat(history(thread, null, Set.of("uj", "livechat-started"), 0, 0)).containsExactly(5L, 4L, 2L);
        assertThat(history(thread, null, Set.of(), 1, 2)).containsExactly(4L, 3L);
        assertThat(history(thread, at(4), Set.of("uj"), 1, 0)).containsExactly(2L, 1L);
        assertThat(history(thread, null, Set.of(), 10, 5)).isEmpty();
    }

    private List<Long> history(Thread thread, java.time.Instant before, Set<String> exclude, int offset, int limit) {
        return read(tx -> tx.events().history(thread.id(), before, exclude, offset, limit)).stream()
                .map(Event::seq).toList();
    }
}
