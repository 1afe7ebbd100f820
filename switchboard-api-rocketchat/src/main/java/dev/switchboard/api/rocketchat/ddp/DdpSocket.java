package dev.switchboard.api.rocketchat.ddp;

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
 * One DDP WebSocket: its frames go out through a {@link FrameWriter} (non-blocking, a slow consumer
 * is cut; its session stays resumable), and it remembers when the client last spoke, for the
 * heartbeat. Thread-safe.
 */
final class DdpSocket {
    private final FrameWriter writer;
    private volatile long lastReceivedNanos = System.nanoTime();

    DdpSocket(Session session, long maxPendingChars) {
        this.writer = new FrameWriter(new JettySink(session), maxPendingChars);
    }

    void send(String frame) { writer.send(frame); }

    /** Sends a method's {@code result} and {@code updated} frames in one socket write. */
    void send(String first, String second) { writer.send(first, second); }

    /** Queues the frames a resumed session missed (see {@link FrameWriter#sendReplay}). */
    void sendReplay(List<String> frames) { writer.sendReplay(frames); }

    void close(int code, String reason) { writer.close(code, reason); }

    void received() { lastReceivedNanos = System.nanoTime(); }

    long silentNanos() { return System.nanoTime() - lastReceivedNanos; }

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
