package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Inquiry.InquiryStatus;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The invariants the database must hold under concurrent writers, as on a busy node or a cluster. */
interface ConcurrencyContract extends StoreFixture {

    /** Runs {@code n} copies of the task on {@code n} threads released at the same instant. */
    private static <T> List<T> race(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            // Any exception other than the expected outcomes fails the test here.
            for (Future<T> future : futures) results.add(future.get(120, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void of_200_concurrent_openers_of_one_chat_exactly_one_succeeds_and_the_rest_get_duplicate_key()
            throws Exception {
        Contact contact = Fixtures.minimalContact();
        String chat = write(tx -> {
            tx.contacts().insert(contact);
            return tx.threads().chatFor(contact.id(), "web");
        });
        List<Boolean> opened = race(200, () -> {
            try {
                run(tx -> tx.threads().insert(Fixtures.minimalThread(chat, contact.id(), at(1))));
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        });
        assertThat(opened).filteredOn(won -> won).hasSize(1);
        assertThat(read((StoreTx tx) -> tx.threads().listByContact(contact.id()))).hasSize(1);
    }

    @Test
    default void an_inquiry_is_taken_exactly_once_by_100_concurrent_agents() throws Exception {
        Inquiry inquiry = write(tx -> {
            Inquiry i = Fixtures.queued(Fixtures.newOpenThread(tx), null, null, "Vera", at(1));
            tx.inquiries().insert(i);
            return i;
        });
        List<String> winners = race(100, () -> {
            String agent = "agent-" + java.lang.Thread.currentThread().threadId();
            return write(tx -> tx.inquiries().take(inquiry.id(), agent, at(2))) ? agent : null;
        });
        List<String> won = winners.stream().filter(w -> w != null).toList();
        assertThat(won).hasSize(1);
        Inquiry taken = read(tx -> tx.inquiries().findById(inquiry.id())).orElseThrow();
        assertThat(taken.status()).isEqualTo(InquiryStatus.TAKEN);
        assertThat(taken.takenBy()).isEqualTo(won.get(0));
    }

    @Test
    default void concurrent_appends_to_one_thread_get_consecutive_sequence_numbers() throws Exception {
        Thread thread = write(Fixtures::newOpenThread);
        List<Long> seqs = race(50, () -> write(tx -> tx.events().append(Fixtures.message(thread.id(), "hi", at(1))))
                .seq());
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
    }
}
