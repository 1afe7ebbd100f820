package dev.switchboard.core.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static ReplayBuffer<String> withFrames(int capacity, int count) {
        ReplayBuffer<String> buffer = new ReplayBuffer<>(capacity);
        for (int i = 0; i < count; i++) buffer.append(seq -> "f" + seq);
        return buffer;
    }

    @Test
    void frames_are_numbered_from_one_and_built_with_their_own_number() {
        ReplayBuffer<String> buffer = new ReplayBuffer<>(4);
        assertThat(buffer.append(seq -> "frame-" + seq)).isEqualTo("frame-1");
        assertThat(buffer.append(seq -> "frame-" + seq)).isEqualTo("frame-2");
        assertThat(buffer.lastSeq()).isEqualTo(2);
    }

    @Test
    void a_client_gets_exactly_the_frames_after_its_last_sequence() {
        ReplayBuffer<String> buffer = withFrames(10, 5);
        assertThat(buffer.after(2)).contains(List.of("f3", "f4", "f5"));
        assertThat(buffer.after(5)).contains(List.of());
        assertThat(buffer.after(0)).contains(List.of("f1", "f2", "f3", "f4", "f5"));
    }

    @Test
    void frames_pushed_out_of_the_buffer_make_the_client_resynchronize() {
        ReplayBuffer<String> buffer = withFrames(3, 6); // holds f4..f6
        assertThat(buffer.after(3)).contains(List.of("f4", "f5", "f6"));
        assertThat(buffer.after(2)).isEmpty();
    }

    @Test
    void a_sequence_number_never_issued_makes_the_client_resynchronize() {
        ReplayBuffer<String> buffer = withFrames(3, 2);
        assertThat(buffer.after(3)).isEmpty();
        assertThat(buffer.after(-1)).isEmpty();
    }
}
