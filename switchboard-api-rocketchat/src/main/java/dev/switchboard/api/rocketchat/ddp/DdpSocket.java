package dev.switchboard.api.rocketchat.ddp;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket, written without blocking: frames queue behind the one being sent. A client that
 * stops reading lets the queue grow; past {@code maxPendingChars} its connection is cut (a close
 * frame would wait behind the unread data), so a slow consumer costs bounded memory and never slows
 * the sender or other sockets. Its session stays resumable. Thread-safe.
 */
final class DdpSocket {
    /** A queued frame; replayed frames don't count against the bound. */
    private record Pending(String frame, boolean counted) {}

    private final Session session;
    private final long maxPendingChars;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long pendingChars;
    private boolean sending;
    private boolean closed;
    private volatile long lastReceivedNanos = System.nanoTime();

    DdpSocket(Session session, long maxPendingChars) {
        this.session = session;
        this.maxPendingChars = maxPendingChars;
    }

    void send(String frame) { send(new Pending(frame, true)); }

    /**
     * Queues the frames a resumed session missed. They don't count against the bound: the replay
     * buffer holds them anyway (queueing costs a reference each), and a long backlog must not get the
     * client cut again while it catches up.
     */
    void sendReplay(List<String> frames) {
        for (String f : frames) send(new Pending(f, false));
    }

    private void send(Pending p) {
        synchronized (this) {
            if (closed) return;
            if (p.counted()) pendingChars += p.frame().length();
            if (pendingChars > maxPendingChars) {
                closed = true;
                queue.clear();
                session.disconnect();
                return;
            }
            if (sending) {
                queue.addLast(p);
                return;
            }
            sending = true;
        }
        write(p);
    }

    /**
     * Sends frames until the queue is empty or a write goes asynchronous. Jetty may complete a write
     * inline, inside {@code sendText}; looping instead of recursing from the callback keeps a long
     * queue from growing the stack.
     */
    private void write(Pending first) {
        for (Pending p = first; p != null; ) {
            Pending current = p;
            AtomicInteger state = new AtomicInteger(); // 0 pending, 1 done inline, 2 went async
            session.sendText(current.frame(), Callback.from(() -> {
                if (!state.compareAndSet(0, 1)) {
                    Pending next = sent(current);
                    if (next != null) write(next);
                }
            }, failure -> close(1011, "write failed")));
            if (state.compareAndSet(0, 2)) return;
            p = sent(current);
        }
    }

    /** Accounts for a written frame; returns the next one to write, or null when done. */
    private Pending sent(Pending p) {
        synchronized (this) {
            if (p.counted()) pendingChars -= p.frame().length();
            Pending next = closed ? null : queue.pollFirst();
            if (next == null) sending = false;
            return next;
        }
    }

    void close(int code, String reason) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            queue.clear();
        }
        session.close(code, reason, Callback.NOOP);
    }

    void received() { lastReceivedNanos = System.nanoTime(); }

    long silentNanos() { return System.nanoTime() - lastReceivedNanos; }
}
