package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Inquiry.InquiryStatus;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import org.junit.jupiter.api.Test;

/** {@code InquiryStore}: records, the take compare-and-set, requeue, removal. */
interface InquiryStoreContract extends StoreFixture {

    private Inquiry insertQueued(String departmentId) {
        return write(tx -> {
            Inquiry inquiry = Fixtures.queued(Fixtures.newOpenThread(tx), departmentId, null, "Vera", at(1));
            tx.inquiries().insert(inquiry);
            return inquiry;
        });
    }

    @Test
    default void a_fully_populated_taken_inquiry_round_trips() {
        Inquiry inquiry = write(tx -> {
            Thread thread = Fixtures.newOpenThread(tx);
            Inquiry i = new Inquiry(Ids.newHexId(), thread.id(), thread.contactId(), "Vera", InquiryStatus.TAKEN,
                    "dept-1", "agent-9", "sms", at(1), at(2), at(3), "agent-1", at(3));
            tx.inquiries().insert(i);
            return i;
        });
        assertThat(read((StoreTx tx) -> tx.inquiries().findById(inquiry.id()))).contains(inquiry);
        assertThat(read((StoreTx tx) -> tx.inquiries().findByThread(inquiry.threadId()))).contains(inquiry);
    }

    @Test
    default void a_minimally_populated_queued_inquiry_round_trips_with_its_nulls() {
        Inquiry inquiry = write(tx -> {
            Thread thread = Fixtures.newOpenThread(tx);
            Inquiry i = new Inquiry(Ids.newHexId(), thread.id(), thread.contactId(), null, InquiryStatus.QUEUED,
                    null, null, null, at(1), null, null, null, at(1));
            tx.inquiries().insert(i);
            return i;
        });
        assertThat(read((StoreTx tx) -> tx.inquiries().findById(inquiry.id()))).contains(inquiry);
        assertThat(read((StoreTx tx) -> tx.inquiries().findById("nope"))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.inquiries().findByThread("nope"))).isEmpty();
    }

    @Test
    default void a_thread_has_at_most_one_inquiry() {
        Inquiry inquiry = insertQueued(null);
        Inquiry second = new Inquiry(Ids.newHexId(), inquiry.threadId(), inquiry.contactId(), null,
                InquiryStatus.QUEUED, null, null, null, at(1), at(1), null, null, at(1));
        assertThatThrownBy(() -> run(tx -> tx.inquiries().insert(second))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    default void an_inquiry_is_taken_only_while_queued() {
        Inquiry inquiry = insertQueued(null);
        assertThat(write((StoreTx tx) -> tx.inquiries().take(inquiry.id(), "agent-1", at(5)))).isTrue();
        assertThat(write((StoreTx tx) -> tx.inquiries().take(inquiry.id(), "agent-2", at(6)))).isFalse();
        assertThat(write((StoreTx tx) -> tx.inquiries().take("missing", "agent-2", at(6)))).isFalse();
        Inquiry taken = read(tx -> tx.inquiries().findById(inquiry.id())).orElseThrow();
        assertThat(taken.status()).isEqualTo(InquiryStatus.TAKEN);
        assertThat(taken.takenBy()).isEqualTo("agent-1");
        assertThat(taken.takenAt()).isEqualTo(at(5));
        assertThat(taken.updatedAt()).isEqualTo(at(5));
    }

    @Test
    default void a_requeued_inquiry_waits_again_and_can_be_taken_again() {
        Inquiry inquiry = insertQueued(null);
        run(tx -> tx.inquiries().take(inquiry.id(), "agent-1", at(5)));
        run(tx -> tx.inquiries().requeue(inquiry.id(), at(7)));
        Inquiry requeued = read(tx -> tx.inquiries().findById(inquiry.id())).orElseThrow();
        assertThat(requeued).isEqualTo(new Inquiry(inquiry.id(), inquiry.threadId(), inquiry.contactId(),
                inquiry.name(), InquiryStatus.QUEUED, null, null, "widget", at(1), at(7), null, null, at(7)));
        assertThat(write((StoreTx tx) -> tx.inquiries().take(inquiry.id(), "agent-2", at(8)))).isTrue();
    }

    @Test
    default void update_rewrites_department_and_update_time_only() {
        Inquiry inquiry = insertQueued("sales");
        Inquiry transferred = new Inquiry(inquiry.id(), "x", "x", "x", InquiryStatus.TAKEN, "support", "x", "x",
                at(9), at(9), at(9), "x", at(4));
        run(tx -> tx.inquiries().update(transferred));
        assertThat(read((StoreTx tx) -> tx.inquiries().findById(inquiry.id())))
                .contains(inquiry.withDepartment("support", at(4)));
    }

    @Test
    default void deleting_by_thread_removes_the_inquiry() {
        Inquiry inquiry = insertQueued(null);
        Inquiry other = insertQueued(null);
        run(tx -> tx.inquiries().deleteByThread(inquiry.threadId()));
        run(tx -> tx.inquiries().deleteByThread("no-such-thread"));
        assertThat(read((StoreTx tx) -> tx.inquiries().findById(inquiry.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.inquiries().findById(other.id()))).isPresent();
    }
}
