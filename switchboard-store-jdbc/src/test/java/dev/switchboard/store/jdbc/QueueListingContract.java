package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.store.InquiryStore.QueueQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code InquiryStore.listQueued}: who sees which waiting inquiries, in which order. */
interface QueueListingContract extends StoreFixture {

    /** Five inquiries named after their department; "taken" is not queued. */
    private void insertQueue() {
        run(tx -> {
            insert(tx, "sales-1", "sales", null, 1, 4);
            insert(tx, "Support", "support", null, 2, 2);
            insert(tx, "none", null, null, 3, 3);
            insert(tx, "asked-for-alice", "billing", "alice-id", 4, 1);
            Inquiry taken = insert(tx, "taken", "sales", null, 5, 5);
            tx.inquiries().take(taken.id(), "agent-1", at(6));
        });
    }

    private static Inquiry insert(dev.switchboard.core.store.StoreTx tx, String name, String dept, String agent,
                                  int created, int queued) {
        Inquiry i = Fixtures.queued(Fixtures.newOpenThread(tx), dept, agent, name, at(created));
        Inquiry withQueuedAt = new Inquiry(i.id(), i.threadId(), i.contactId(), name, i.status(), dept, agent,
                i.sourceType(), at(created), at(queued), null, null, at(created));
        tx.inquiries().insert(withQueuedAt);
        return withQueuedAt;
    }

    private List<String> names(QueueQuery query, PageRequest page) {
        return read(tx -> tx.inquiries().listQueued(query, page)).items().stream().map(Inquiry::name).toList();
    }

    @Test
    default void queued_inquiries_are_listed_newest_first_by_default() {
        insertQueue();
        assertThat(names(QueueQuery.any(), PageRequest.all()))
                .containsExactly("asked-for-alice", "none", "Support", "sales-1");
    }

    @Test
    default void the_queue_can_be_limited_to_departments_plus_unassigned_plus_a_default_agent() {
        insertQueue();
        assertThat(names(new QueueQuery(List.of("sales", "support"), false, null), PageRequest.all()))
                .containsExactly("Support", "sales-1");
        assertThat(names(new QueueQuery(List.of("sales"), true, null), PageRequest.all()))
                .containsExactly("none", "sales-1");
        assertThat(names(new QueueQuery(List.of("sales"), true, "alice-id"), PageRequest.all()))
                .containsExactly("asked-for-alice", "none", "sales-1");
        assertThat(names(new QueueQuery(List.of("nothing"), false, null), PageRequest.all())).isEmpty();
    }

    @Test
    default void without_departments_the_queue_is_everything_or_only_the_unassigned() {
        insertQueue();
        assertThat(names(new QueueQuery(List.of(), false, "alice-id"), PageRequest.all()))
                .containsExactly("asked-for-alice", "none", "Support", "sales-1");
        assertThat(names(new QueueQuery(List.of(), true, null), PageRequest.all())).containsExactly("none");
        assertThat(names(new QueueQuery(List.of(), true, "alice-id"), PageRequest.all()))
                .containsExactly("asked-for-alice", "none");
    }

    @Test
    default void the_queue_sorts_by_each_documented_field() {
        insertQueue();
        assertThat(names(QueueQuery.any(), new PageRequest(0, 0, List.of(new SortKey("queuedAt", true)))))
                .containsExactly("asked-for-alice", "Support", "none", "sales-1");
        assertThat(names(QueueQuery.any(), new PageRequest(0, 0, List.of(new SortKey("name", true)))))
                .containsExactly("asked-for-alice", "none", "sales-1", "Support");
        assertThat(names(QueueQuery.any(), new PageRequest(0, 0, List.of(new SortKey("createdAt", true)))))
                .containsExactly("sales-1", "Support", "none", "asked-for-alice");
        assertThatThrownBy(() -> names(QueueQuery.any(), new PageRequest(0, 0, List.of(new SortKey("x", true)))))
                .isInstanceOf(Invalid.class).hasMessageContaining("unknown sort field 'x'");
    }

    @Test
    default void a_page_of_the_queue_carries_the_total_of_all_queued_matches() {
        insertQueue();
        Page<Inquiry> page = read(tx -> tx.inquiries().listQueued(QueueQuery.any(), new PageRequest(1, 2, List.of())));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Inquiry::name).containsExactly("none", "Support");
    }
}
