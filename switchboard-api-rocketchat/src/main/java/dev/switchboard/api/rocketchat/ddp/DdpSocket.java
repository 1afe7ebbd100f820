package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.core.realtime.FrameSink;
import dev.switchboard.core.realtime.FrameWriter;
import java.util.List;

/**
 * One DDP WebSocket: its frames go out through a {@link FrameWriter} (non-blocking, a slow consumer
 * is cut; its session stays resumable), and it remembers when the client last spoke, for the
 * heartbeat. Thread-safe.
 */
final class DdpSocket {
    private final FrameWriter writer;
    private volatile long lastReceivedNanos = System.nanoTime();

    DdpSocket(FrameSink sink, long maxPendingChars) {
        this.writer = new FrameWriter(sink, maxPendingChars);
    }

    void send(String frame) { writer.send(frame); }

    /** Sends a method's {@code result} and {@code updated} frames in one socket write. */
    void send(String first, String second) { writer.send(first, second); }

    /** Queues the frames a resumed session missed (see {@link FrameWriter#sendReplay}). */
    void sendReplay(List<String> frames) { writer.sendReplay(frames); }

    void close(int code, String reason) { writer.close(code, reason); }

    void received() { lastReceivedNanos = System.nanoTime(); }

    long silentNanos() { return System.nanoTime() - lastReceivedNanos; }
}
