package dev.switchboard.api.rocketchat.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A connection's answers in call order (rocketchat-livechat.md checklist 62: {@code result} then
 * {@code updated}), however the calls that ran ahead complete, and a frame that must wait for them
 * really waits.
 */
class PipelineTest {
    private final Pipeline pipeline = new Pipeline();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final BiConsumer<String, String> socket = (result, updated) -> {
        sent.add(result);
        sent.add(updated);
    };

    @Test
    void answers_go_out_in_call_order_each_result_followed_by_its_updated_frame() {
        var first = new CompletableFuture<String>();
        var second = new CompletableFuture<String>();
        pipeline.answer(socket, "1", first);
        pipeline.answer(socket, "2", second);
        pipeline.answer(socket, "3", CompletableFuture.completedFuture("r3"));
        second.complete("r2");
        assertThat(sent).as("nothing overtakes the first, still pending").isEmpty();
        first.complete("r1");
        assertThat(sent).containsExactly("r1", Frames.updated("1"), "r2", Frames.updated("2"), "r3", Frames.updated("3"));
    }

    @Test
    void awaiting_the_answers_returns_only_once_every_earlier_call_is_answered() throws Exception {
        var pending = new CompletableFuture<String>();
        pipeline.answer(socket, "1", pending);
        var waiter = CompletableFuture.runAsync(pipeline::awaitAnswered);
        assertThat(waiter).as("still waiting for call 1").isNotDone();
        Thread.sleep(100);
        assertThat(waiter).isNotDone();
        pending.complete("r1");
        waiter.get(5, TimeUnit.SECONDS);
        assertThat(sent).containsExactly("r1", Frames.updated("1"));
    }

    @Test
    void an_idle_connection_answers_at_once_and_does_not_wait() {
        pipeline.awaitAnswered();
        pipeline.answer(socket, "1", CompletableFuture.completedFuture("r1"));
        assertThat(sent).containsExactly("r1", Frames.updated("1"));
    }

    @Test
    void a_socket_that_refuses_a_frame_does_not_stop_the_later_answers() {
        var pending = new CompletableFuture<String>();
        List<String> delivered = new CopyOnWriteArrayList<>();
        pipeline.answer((result, updated) -> {
            if (result.equals("r1")) throw new IllegalStateException("socket closing");
            delivered.add(result);
            delivered.add(updated);
        }, "1", pending);
        pipeline.answer((result, updated) -> {
            delivered.add(result);
            delivered.add(updated);
        }, "2", CompletableFuture.completedFuture("r2"));
        pending.complete("r1");
        pipeline.awaitAnswered();
        assertThat(delivered).containsExactly("r2", Frames.updated("2"));
    }
}
