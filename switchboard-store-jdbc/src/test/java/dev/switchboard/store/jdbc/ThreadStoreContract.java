package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ThreadStore}: chats, records, the one-open-thread invariant, per-contact lookups. */
interface ThreadStoreContract extends StoreFixture {

    private Contact contact() {
        Contact contact = Fixtures.minimalContact();
        run(tx -> tx.contacts().insert(contact));
        return contact;
    }

    @Test
    default void a_contact_has_one_chat_per_channel() {
        Contact contact = contact();
        String web = write(tx -> tx.threads().chatFor(contact.id(), "web"));
        assertThat(write((StoreTx tx) -> tx.threads().chatFor(contact.id(), "web"))).isEqualTo(web);
        String sms = write(tx -> tx.threads().chatFor(contact.id(), "sms"));
        assertThat(sms).isNotEqualTo(web);
        assertThat(write((StoreTx tx) -> tx.threads().chatFor("someone-else", "web"))).isNotIn(web, sms);
    }

    @Test
    default void a_fully_populated_closed_thread_round_trips() {
        Contact contact = contact();
        Thread thread = write(tx -> {
            Thread t = Fixtures.fullClosedThread(tx.threads().chatFor(contact.id(), "sms"), contact.id());
            tx.threads().insert(t);
            return t;
        });
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(thread);
    }

    @Test
    default void a_minimally_populated_open_thread_round_trips_with_its_nulls() {
        Thread thread = write(Fixtures::newOpenThread);
        Thread stored = read(tx -> tx.threads().findById(thread.id())).orElseThrow();
        assertThat(stored).isEqualTo(thread);
        assertThat(stored.agent()).isNull();
        assertThat(stored.source()).isNull();
        assertThat(stored.closedBy()).isNull();
        assertThat(stored.lastMessageAt()).isNull();
        assertThat(read((StoreTx tx) -> tx.threads().findById("nope"))).isEmpty();
    }

    @Test
    default void a_chat_has_at_most_one_open_thread() {
        Thread first = write(Fixtures::newOpenThread);
        Thread second = Fixtures.minimalThread(first.chatId(), first.contactId(), at(1));
        assertThatThrownBy(() -> run(tx -> tx.threads().insert(second))).isInstanceOf(DuplicateKeyException.class);
        // Closed threads do not count: a closed one may be added, and after closing the first a new one opens.
        Thread closed = Fixtures.minimalThread(first.chatId(), first.contactId(), at(0))
                .closed(at(1), "user", null, null, null);
        run(tx -> tx.threads().insert(closed));
        run(tx -> tx.threads().update(first.closed(at(2), "visitor", null, null, null)));
        run(tx -> tx.threads().insert(second));
        assertThat(read((StoreTx tx) -> tx.threads().findOpenByContact(first.contactId()))).contains(second);
    }

    @Test
    default void a_thread_id_cannot_be_used_twice() {
        Thread first = write(Fixtures::newOpenThread);
        Thread copy = first.closed(at(1), "user", null, null, null);
        assertThatThrownBy(() -> run(tx -> tx.threads().insert(copy))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void update_rewrites_the_thread_through_its_lifecycle() {
        Thread thread = write(Fixtures::newOpenThread);
        Thread served = thread.withAgent(new ServingAgent("agent-1", "alice", at(1)), at(1)).withMessage(at(2));
        run(tx -> tx.threads().update(served));
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(served);
        Thread closed = served.closed(at(3), "user", new UserRef("agent-1", "alice"), "done", List.of("billing"));
        run(tx -> tx.threads().update(closed));
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(closed);
        assertThat(read((StoreTx tx) -> tx.threads().findOpenByContact(thread.contactId()))).isEmpty();
    }

    @Test
    default void update_activity_writes_the_message_count_times_and_hold_flag_and_nothing_else() {
        Thread thread = write(Fixtures::newOpenThread);
        Thread active = thread.withMessage(at(5)).withMessage(at(6)).withOnHold(true, at(7));
        // What a message does not change stays as stored, even when the record handed in differs there.
        Thread differing = active.withTags(List.of("billing"), at(7))
                .withAgent(new ServingAgent("agent-9", "zed", at(7)), at(7));
        run(tx -> tx.threads().updateActivity(differing));
        assertThat(read((StoreTx tx) -> tx.threads().findById(thread.id()))).contains(active);
    }

    @Test
    default void a_contact_s_threads_are_listed_newest_first() {
        Contact contact = contact();
        List<Thread> threads = write(tx -> {
            String chat = tx.threads().chatFor(contact.id(), "web");
            Thread old = Fixtures.minimalThread(chat, contact.id(), at(0)).closed(at(1), "user", null, null, null);
            Thread current = Fixtures.minimalThread(chat, contact.id(), at(5));
            Thread middle = Fixtures.minimalThread(chat, contact.id(), at(2)).closed(at(3), "user", null, null, null);
            tx.threads().insert(old);
            tx.threads().insert(current);
            tx.threads().insert(middle);
            return List.of(current, middle, old);
        });
        assertThat(read((StoreTx tx) -> tx.threads().listByContact(contact.id()))).containsExactlyElementsOf(threads);
        assertThat(read((StoreTx tx) -> tx.threads().findOpenByContact(contact.id()))).contains(threads.get(0));
        assertThat(read((StoreTx tx) -> tx.threads().listByContact("nobody"))).isEmpty();
    }

    @Test
    default void open_threads_served_by_an_agent_are_counted() {
        ServingAgent alice = new ServingAgent("agent-1", "alice", at(1));
        run(tx -> {
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(alice, at(1)));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(alice, at(1)));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(alice, at(1)).closed(at(2), "user", null, null, null));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(new ServingAgent("agent-2", "bob", at(1)), at(1)));
        });
        assertThat(read((StoreTx tx) -> tx.threads().countOpenServedBy("agent-1"))).isEqualTo(2);
        assertThat(read((StoreTx tx) -> tx.threads().countOpenServedBy("agent-3"))).isZero();
    }
}
