package dev.switchboard.api.rocketchat.ddp;

import java.util.ArrayDeque;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket, written without blocking: frames queue behind the one being sent. A client that
 * stops reading lets the queue grow; past {@code maxPendingBytes} (counted in characters) its
 * connection is cut, so a slow consumer costs bounded memory and never slows the sender or other
 * sockets. Its session stays resumable. Thread-safe.
 */
final class DdpSocket {
    private final Session session;
    private final long maxPendingBytes;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private long pendingBytes;
    private boolean sending;
    private boolean closed;
    private volatile long lastReceivedNanos = System.nanoTime();

    DdpSocket(Session session, long maxPendingBytes) {
        this.session = session;
        this.maxPendingBytes = maxPendingBytes;
    }

    void send(String frame) {
        synchronized (this) {
            if (closed) return;
            pendingBytes += frame.length();
            if (pendingBytes > maxPendingBytes) {
                // A close frame would wait behind the unread data, so the connection is cut instead.
                closed = true;
                queue.clear();
                session.disconnect();
                return;
            }
            if (sending) {
                queue.addLast(frame);
                return;
            }
            sending = true;
        }
        write(frame);
    }

    /**
     * Sends frames until the queue is empty or a write goes asynchronous. Jetty may complete a write
     * inline, inside {@code sendText}; looping instead of recursing from the callback keeps a long
     * queue from growing the stack.
     */
    private void write(String first) {
        for (String frame = first; frame != null; ) {
            String current = frame;
            var state = new java.util.concurrent.atomic.AtomicInteger(); // 0 pending, 1 done inline, 2 went async
            session.sendText(current, Callback.from(() -> {
                if (!state.compareAndSet(0, 1)) {
                    String next = sent(current);
                    if (next != null) write(next);
                }
            }, failure -> close(1011, "write failed")));
            if (state.compareAndSet(0, 2)) return;
            frame = sent(current);
        }
    }

    /** Accounts for a written frame; returns the next one to write, or null when done. */
    private String sent(String frame) {
        synchronized (this) {
            pendingBytes -= frame.length();
            String next = closed ? null : queue.pollFirst();
            if (next == null) sending = false;
            return next;
        }
    }

    void close(int code, String reason) {
        synchronized (this) { closeLocked(code, reason); }
    }

    private void closeLocked(int code, String reason) {
        if (closed) return;
        closed = true;
        queue.clear();
        session.close(code, reason, Callback.NOOP);
    }

    boolean isClosed() {
        synchronized (this) { return closed; }
    }

    void received() { lastReceivedNanos = System.nanoTime(); }

    long silentNanos() { return System.nanoTime() - lastReceivedNanos; }

}
