package dev.switchboard.api.livechat.rtm;

import dev.switchboard.core.realtime.FrameSink;
import dev.switchboard.core.realtime.FrameWriter;
import java.util.List;

/**
 * One RTM WebSocket, written through a {@link FrameWriter}: non-blocking, and a client that stops
 * reading is cut past {@code maxPendingChars} while its session stays resumable. Thread-safe.
 */
final class RtmSocket {
    private final FrameWriter writer;

    RtmSocket(FrameSink sink, long maxPendingChars) {
        this.writer = new FrameWriter(sink, maxPendingChars);
    }

    void send(String frame) { writer.send(frame); }

    /** Frames a resumed session missed (see {@link FrameWriter#sendReplay}). */
    void sendReplay(List<String> frames) { writer.sendReplay(frames); }

    /** Closes after the frame being written (a final {@code agent_disconnected} push goes out first). */
    void close(int code, String reason) { writer.close(code, reason); }
}
