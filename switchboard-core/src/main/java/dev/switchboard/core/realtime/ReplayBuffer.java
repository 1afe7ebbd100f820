package dev.switchboard.core.realtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A connection's event sequence and the last {@code capacity} frames sent on it, so a client that
 * reconnects with the last sequence number it received gets exactly what it missed. Sequence numbers
 * start at 1 and grow by one per frame. Thread-safe.
 *
 * @param <F> the rendered frame (each protocol keeps frames in its own wire form, rendered once)
 */
public final class ReplayBuffer<F> {
    private final int capacity;
    private final ArrayDeque<F> frames = new ArrayDeque<>();
    private long lastSeq;

    public ReplayBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        this.capacity = capacity;
    }

    /**
     * Numbers and records the next frame. The frame is built here, under the buffer's lock, because it
     * usually carries its own sequence number and frames must be numbered in the order they are sent.
     */
    public synchronized F append(java.util.function.LongFunction<F> frameWithSeq) {
        F frame = frameWithSeq.apply(lastSeq + 1);
        if (frames.size() == capacity) frames.removeFirst();
        frames.addLast(frame);
        lastSeq++;
        return frame;
    }

    public synchronized long lastSeq() { return lastSeq; }

    /**
     * The frames after {@code seq}, oldest first; empty when some of them are no longer held, or when
     * {@code seq} is one this buffer never issued. Either way the client must resynchronize.
     */
    public synchronized Optional<List<F>> after(long seq) {
        long oldestHeld = lastSeq - frames.size() + 1;
        if (seq < oldestHeld - 1 || seq > lastSeq || seq < 0) return Optional.empty();
        List<F> missed = new ArrayList<>(frames).subList((int) (seq - oldestHeld + 1), frames.size());
        return Optional.of(List.copyOf(missed));
    }
}
