package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.model.SurveyFeedback;
import dev.switchboard.core.model.SurveyFeedback.Item;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.StoreTx;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code SurveyStore}: one set of answers per thread, in the order given, replaced by a new submission. */
interface SurveyStoreContract extends StoreFixture {

    @Test
    default void a_thread_without_answers_has_no_survey() {
        Thread thread = write(Fixtures::newOpenThread);
        assertThat(read((StoreTx tx) -> tx.surveys().findByThread(thread.id()))).isEmpty();
        assertThat(read((StoreTx tx) -> tx.surveys().findByThread("no-such-thread"))).isEmpty();
    }

    @Test
    default void answers_come_back_in_the_order_given_with_their_time() {
        Thread thread = write(Fixtures::newOpenThread);
        var feedback = new SurveyFeedback(thread.id(), List.of(new Item("satisfaction", "5"), new Item("agentKnowledge", "1"),
                new Item("additionalFeedback", "Grüße, \"quoted\" and\nmultiline")), at(3));

        run(tx -> tx.surveys().put(feedback));

        assertThat(read((StoreTx tx) -> tx.surveys().findByThread(thread.id()))).contains(feedback);
    }

    @Test
    default void a_new_submission_replaces_the_previous_answers() {
        Thread thread = write(Fixtures::newOpenThread);
        run(tx -> tx.surveys().put(new SurveyFeedback(thread.id(), List.of(new Item("satisfaction", "2")), at(1))));
        var second = new SurveyFeedback(thread.id(), List.of(new Item("agentFriendliness", "4")), at(2));

        run(tx -> tx.surveys().put(second));

        assertThat(read((StoreTx tx) -> tx.surveys().findByThread(thread.id()))).contains(second);
    }

    @Test
    default void answers_of_one_thread_do_not_show_on_another() {
        Thread first = write(Fixtures::newOpenThread);
        Thread second = write(Fixtures::newOpenThread);
        run(tx -> tx.surveys().put(new SurveyFeedback(first.id(), List.of(new Item("satisfaction", "3")), at(1))));

        assertThat(read((StoreTx tx) -> tx.surveys().findByThread(second.id()))).isEmpty();
    }

    @Test
    default void answers_need_an_existing_thread() {
        assertThatThrownBy(() -> run(tx -> tx.surveys().put(
                new SurveyFeedback("no-such-thread", List.of(new Item("satisfaction", "3")), at(1)))))
                .isInstanceOf(RuntimeException.class);
    }
}
