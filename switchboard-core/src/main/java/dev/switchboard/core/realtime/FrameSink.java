package dev.switchboard.core.realtime;

import java.util.function.Consumer;

/**
 * One socket of some WebSocket library, as a {@link FrameWriter} writes to it. Each adapter wraps its
 * library's session in one, which keeps the writing policy in one place and Jetty out of the core.
 */
public interface FrameSink {
    /**
     * Starts writing one text frame; calls {@code done} or {@code failed} when it completes, possibly inline.
     * With {@code more}, another frame follows at once: the library may hold this one back and send both
     * in one write (one system call instead of two), provided it then calls {@code done} without waiting
     * for that write, since the next frame goes out only after {@code done}.
     */
    void write(String frame, boolean more, Runnable done, Consumer<Throwable> failed);

    /** Drops the connection at once, without a close handshake (a close frame would wait behind unread data). */
    void cut();

    /** Closes with a close frame. */
    void close(int code, String reason);
}
