package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.store.ThreadStore.ThreadQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ThreadStore.list} over four threads: t1 open and served by alice, t2 queued, t3 closed and
 * served by bob, t4 closed and served by alice.
 */
interface ThreadListingContract extends StoreFixture {
    ServingAgent ALICE = new ServingAgent("agent-1", "alice", at(1));
    ServingAgent BOB = new ServingAgent("agent-2", "bob", at(1));

    private List<Thread> insertFour() {
        return write(tx -> {
            List<Thread> threads = List.of(
                    thread("Vera Visitor", "sales", ALICE, List.of("billing"), Map.of("plan", "Gold"), 1, null, 7, 20),
                    thread("bob builder", "support", null, List.of(), Map.of("a.b", "x"), 2, null, null, 2),
                    thread("Carl", "sales", BOB, List.of("vip", "billing"), Map.of("plan", "silver", "region", "EU"),
                            3, 10, 4, 10),
                    thread("vera two", null, ALICE, List.of("vip"), Map.of("plan", "gold"), 4, 6, null, 6));
            for (Thread t : threads) {
                Contact contact = Fixtures.minimalContact();
                tx.contacts().insert(contact);
                String chat = tx.threads().chatFor(contact.id(), "web");
                tx.threads().insert(new Thread(t.id(), chat, contact.id(), t.name(), t.departmentId(), t.agent(),
                        t.source(), t.tags(), t.customFields(), t.messageCount(), t.lastMessageAt(), t.createdAt(),
                        t.updatedAt(), t.closedAt(), t.closer(), t.closedBy(), t.closeComment(), t.onHold()));
            }
            return threads.stream().map(t -> tx.threads().findById(t.id()).orElseThrow()).toList();
        });
    }

    private static Thread thread(String name, String dept, ServingAgent agent, List<String> tags,
                                 Map<String, String> customFields, int created, Integer closed, Integer lastMessage,
                                 int updated) {
        return new Thread(dev.switchboard.core.model.Ids.newId(), "chat", "contact", name, dept, agent,
                new ThreadSource("widget", null), tags, customFields, 0, minute(lastMessage), at(created), at(updated),
                minute(closed), closed == null ? null : "user", null, null, false);
    }

    private static Instant minute(Integer m) { return m == null ? null : at(m); }

    private List<String> names(ThreadQuery query) { return names(query, PageRequest.all()); }

    private List<String> names(ThreadQuery query, PageRequest page) {
        return read(tx -> tx.threads().list(query, page)).items().stream().map(Thread::name).toList();
    }

    private static ThreadQuery query(List<String> agents, String dept, Boolean open, Boolean queued) {
        return new ThreadQuery(agents, dept, open, queued, null, null, null, null, List.of(), null, Map.of());
    }

    private static PageRequest sortedBy(String field, boolean ascending) {
        return new PageRequest(0, 0, List.of(new SortKey(field, ascending)));
    }

    @Test
    default void threads_are_listed_newest_first_by_default() {
        insertFour();
        assertThat(names(ThreadQuery.any())).containsExactly("vera two", "Carl", "bob builder", "Vera Visitor");
    }

    @Test
    default void agents_match_by_id_or_username() {
        insertFour();
        assertThat(names(query(List.of("agent-1"), null, null, null))).containsExactly("vera two", "Vera Visitor");
        assertThat(names(query(List.of("bob"), null, null, null))).containsExactly("Carl");
        assertThat(names(query(List.of("alice", "agent-2"), null, null, null)))
                .containsExactly("vera two", "Carl", "Vera Visitor");
    }

    @Test
    default void open_means_open_and_served_and_queued_means_open_and_unserved() {
        insertFour();
        assertThat(names(query(List.of(), null, true, null))).containsExactly("Vera Visitor");
        assertThat(names(query(List.of(), null, false, null))).containsExactly("vera two", "Carl");
        assertThat(names(query(List.of(), null, null, true))).containsExactly("bob builder");
        assertThat(names(query(List.of(), null, null, false))).containsExactly("vera two", "Carl", "Vera Visitor");
        assertThat(names(query(List.of(), "sales", false, null))).containsExactly("Carl");
    }

    @Test
    default void date_ranges_include_both_ends() {
        insertFour();
        assertThat(names(new ThreadQuery(null, null, null, null, at(2), at(3), null, null, null, null, null)))
                .containsExactly("Carl", "bob builder");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, at(6), at(9), null, null, null)))
                .containsExactly("vera two");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, at(6), null, null, null, null)))
                .containsExactly("vera two", "Carl");
    }

    @Test
    default void tags_match_any_name_and_custom_fields_ignoring_case() {
        insertFour();
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, List.of("vip"), null, null)))
                .containsExactly("vera two", "Carl");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, List.of("billing", "none"),
                null, null))).containsExactly("Carl", "Vera Visitor");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, null, "VERA", null)))
                .containsExactly("vera two", "Vera Visitor");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, null, null,
                Map.of("plan", "GOLD")))).containsExactly("vera two", "Vera Visitor");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, null, null,
                Map.of("plan", "silver", "region", "eu")))).containsExactly("Carl");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, null, null,
                Map.of("a.b", "X")))).containsExactly("bob builder");
        assertThat(names(new ThreadQuery(null, null, null, null, null, null, null, null, null, null,
                Map.of("region", "gold")))).isEmpty();
    }

    @Test
    default void threads_sort_by_each_documented_field_with_missing_values_last() {
        List<Thread> t = insertFour();
        assertThat(names(ThreadQuery.any(), sortedBy("createdAt", true)))
                .containsExactly("Vera Visitor", "bob builder", "Carl", "vera two");
        assertThat(names(ThreadQuery.any(), sortedBy("updatedAt", true)))
                .containsExactly("bob builder", "vera two", "Carl", "Vera Visitor");
        assertThat(names(ThreadQuery.any(), sortedBy("name", true)))
                .containsExactly("bob builder", "Carl", "vera two", "Vera Visitor");
        List<String> open = t.get(0).id().compareTo(t.get(1).id()) < 0
                ? List.of("Vera Visitor", "bob builder") : List.of("bob builder", "Vera Visitor");
        assertThat(names(ThreadQuery.any(), sortedBy("closedAt", true)).subList(0, 2))
                .containsExactly("vera two", "Carl");
        assertThat(names(ThreadQuery.any(), sortedBy("closedAt", false)))
                .containsExactly("Carl", "vera two", open.get(0), open.get(1));
        assertThat(names(ThreadQuery.any(), sortedBy("lastMessageAt", false)).subList(0, 2))
                .containsExactly("Vera Visitor", "Carl");
    }

    @Test
    default void an_unknown_thread_sort_field_is_invalid() {
        assertThatThrownBy(() -> names(ThreadQuery.any(), sortedBy("secret", true)))
                .isInstanceOf(Invalid.class).hasMessageContaining("unknown sort field 'secret'");
    }

    @Test
    default void a_page_of_threads_carries_the_total_of_all_matches() {
        insertFour();
        Page<Thread> page = read(tx -> tx.threads().list(ThreadQuery.any(),
                new PageRequest(1, 2, List.of(new SortKey("createdAt", true)))));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Thread::name).containsExactly("bob builder", "Carl");
        Page<Thread> vip = read(tx -> tx.threads().list(new ThreadQuery(null, null, null, null, null, null, null,
                null, List.of("vip"), null, null), new PageRequest(0, 1, List.of())));
        assertThat(vip.total()).isEqualTo(2);
        assertThat(vip.items()).extracting(Thread::name).containsExactly("vera two");
    }
}
