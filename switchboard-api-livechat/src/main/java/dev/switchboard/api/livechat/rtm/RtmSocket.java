package dev.switchboard.api.livechat.rtm;

import dev.switchboard.core.realtime.FrameSink;
import dev.switchboard.core.realtime.FrameWriter;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One RTM WebSocket, written through a {@link FrameWriter}: non-blocking, and a client that stops
 * reading is cut past {@code maxPendingChars} while its session stays resumable. Thread-safe.
 */
final class RtmSocket {
    private final FrameWriter writer;

    RtmSocket(Session session, long maxPendingChars) {
        this.writer = new FrameWriter(new JettySink(session), maxPendingChars);
    }

    void send(String frame) { writer.send(frame); }

    /** Frames a resumed session missed (see {@link FrameWriter#sendReplay}). */
    void sendReplay(List<String> frames) { writer.sendReplay(frames); }

    /** Closes after the frame being written (a final {@code agent_disconnected} push goes out first). */
    void close(int code, String reason) { writer.close(code, reason); }

    /** A Jetty session as the writer's sink. */
    private record JettySink(Session session) implements FrameSink {
        @Override
        public void write(String frame, Runnable done, Consumer<Throwable> failed) {
            session.sendText(frame, Callback.from(done, failed));
        }

        @Override
        public void cut() { session.disconnect(); }

        @Override
        public void close(int code, String reason) { session.close(code, reason, Callback.NOOP); }
    }
}
