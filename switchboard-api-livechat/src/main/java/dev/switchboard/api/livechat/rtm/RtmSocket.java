package dev.switchboard.api.livechat.rtm;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One RTM WebSocket, written without blocking: frames queue behind the one being sent. A client that
 * stops reading lets the queue grow; past {@code maxPendingChars} the connection is cut (a close frame
 * would wait behind the unread data), so a slow consumer costs bounded memory and never slows the
 * publisher; its session stays resumable. The same policy as the DDP endpoint's socket (adapters do
 * not share code, so each keeps its own). Thread-safe.
 */
final class RtmSocket {
    private record Pending(String frame, boolean counted) {}

    private final Session session;
    private final long maxPendingChars;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long pendingChars;
    private boolean sending;
    private boolean closed;

    RtmSocket(Session session, long maxPendingChars) {
        this.session = session;
        this.maxPendingChars = maxPendingChars;
    }

    void send(String frame) { send(new Pending(frame, true)); }

    /** Frames a resumed session missed: the replay buffer holds them anyway, so they don't count. */
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

    /** Writes until the queue is empty or a write goes asynchronous; loops rather than recursing. */
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

    private Pending sent(Pending p) {
        synchronized (this) {
            if (p.counted()) pendingChars -= p.frame().length();
            Pending next = closed ? null : queue.pollFirst();
            if (next == null) sending = false;
            return next;
        }
    }

    /** Closes after the frames already queued (a final {@code agent_disconnected} push goes out first). */
    void close(int code, String reason) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            if (sending) {
                queue.clear();
            }
        }
        session.close(code, reason, Callback.NOOP);
    }
}
