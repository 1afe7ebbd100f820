package dev.switchboard.api.livechat.rtm;

import dev.switchboard.core.realtime.FrameSink;
import dev.switchboard.core.realtime.FrameWriter;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

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
        public void write(String frame, boolean more, Runnable done, Consumer<Throwable> failed) {
            // Jetty's API flushes every frame; its core session can batch one into the next frame's write,
            // and then reports it done at once.
            if (more && session instanceof WebSocketSession jetty) {
                jetty.getCoreSession().sendFrame(new Frame(OpCode.TEXT, frame),
                        org.eclipse.jetty.util.Callback.from(done, failed), true);
            } else {
                session.sendText(frame, Callback.from(done, failed));
            }
        }

        @Override
        public void cut() { session.disconnect(); }

        @Override
        public void close(int code, String reason) { session.close(code, reason, Callback.NOOP); }
    }
}
