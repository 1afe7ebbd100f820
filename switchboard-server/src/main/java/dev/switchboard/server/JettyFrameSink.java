package dev.switchboard.server;

import dev.switchboard.core.realtime.FrameSink;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/** A socket served by {@link JettyWebSockets} as a {@code FrameWriter}'s sink, for the DDP and RTM endpoints alike. */
record JettyFrameSink(Session session) implements FrameSink {
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
