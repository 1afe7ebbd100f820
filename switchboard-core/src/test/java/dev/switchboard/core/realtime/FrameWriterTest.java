package dev.switchboard.core.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameWriter}: frames go out one at a time in order, each with another queued behind it marked to
 * share its socket write; a close waits for the frames sent before it.
 */
class FrameWriterTest {
    /** A socket whose writes complete only when the test says so. */
    private static final class SlowSocket implements FrameSink {
        final List<String> written = new ArrayList<>();
        /** The frames written with {@code more}: held back by the library to go out with the next. */
        final List<String> heldForNext = new ArrayList<>();
        final List<Runnable> inFlight = new ArrayList<>();
        final List<Consumer<Throwable>> failures = new ArrayList<>();
        String closed;

        @Override
        public void write(String frame, boolean more, Runnable done, Consumer<Throwable> failed) {
            written.add(frame);
            if (more) heldForNext.add(frame);
            inFlight.add(done);
            failures.add(failed);
        }

        @Override
        public void cut() { closed = "cut"; }

        @Override
        public void close(int code, String reason) { closed = code + " " + reason; }

        void finishNextWrite() { inFlight.remove(0).run(); failures.remove(0); }
    }

    @Test
    void a_parting_frame_queued_behind_a_write_goes_out_before_the_close_and_later_frames_do_not() {
        SlowSocket socket = new SlowSocket();
        FrameWriter writer = new FrameWriter(socket, 1_000_000);
        writer.send("busy");
        writer.send("agent_disconnected");
        writer.close(1000, "session ended");
        writer.send("too late");
        assertThat(socket.closed).as("not while frames are still going out").isNull();

        socket.finishNextWrite();
        assertThat(socket.written).containsExactly("busy", "agent_disconnected");
        assertThat(socket.closed).isNull();
        socket.finishNextWrite();
        assertThat(socket.closed).isEqualTo("1000 session ended");
        assertThat(socket.written).containsExactly("busy", "agent_disconnected");
    }

    @Test
    void an_idle_socket_closes_at_once() {
        SlowSocket socket = new SlowSocket();
        FrameWriter writer = new FrameWriter(socket, 1_000_000);
        writer.close(1000, "closed");
        writer.send("after");
        assertThat(socket.closed).isEqualTo("1000 closed");
        assertThat(socket.written).isEmpty();
    }

    @Test
    void a_failed_write_closes_at_once_and_drops_the_queue() {
        SlowSocket socket = new SlowSocket();
        FrameWriter writer = new FrameWriter(socket, 1_000_000);
        writer.send("first");
        writer.send("queued");
        writer.close(1000, "session ended");
        socket.failures.get(0).accept(new java.io.IOException("reset"));
        assertThat(socket.closed).isEqualTo("1011 write failed");
        assertThat(socket.written).containsExactly("first");
    }

    @Test
    void a_pair_and_a_backlog_are_marked_to_leave_in_one_write_and_the_last_frame_flushes() {
        SlowSocket socket = new SlowSocket();
        FrameWriter writer = new FrameWriter(socket, 1_000_000);
        writer.send("result", "updated");
        assertThat(socket.written).containsExactly("result");
        assertThat(socket.heldForNext).containsExactly("result");
        socket.finishNextWrite();
        assertThat(socket.written).containsExactly("result", "updated");
        assertThat(socket.heldForNext).as("nothing behind it: it flushes").containsExactly("result");

        writer.send("a");
        writer.send("b");
        writer.send("c");
        socket.finishNextWrite(); // updated
        socket.finishNextWrite(); // a
        socket.finishNextWrite(); // b
        assertThat(socket.written).containsExactly("result", "updated", "a", "b", "c");
        assertThat(socket.heldForNext).containsExactly("result", "a", "b");
    }
}
