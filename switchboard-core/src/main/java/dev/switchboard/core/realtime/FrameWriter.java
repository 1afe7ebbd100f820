package dev.switchboard.core.realtime;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a socket's frames without blocking: frames queue behind the one being sent. A client that
 * stops reading lets the queue grow; past {@code maxPendingChars} its connection is cut, so a slow
 * consumer costs bounded memory and never slows the publisher or other sockets. Shared by the DDP and
 * RTM endpoints. Thread-safe.
 */
public final class FrameWriter {
    /** A queued frame; replayed frames don't count against the bound. */
    private record Pending(String frame, boolean counted) {}

    /** A close asked for while frames were still going out. */
    private record Close(int code, String reason) {}

    private final FrameSink sink;
    private final long maxPendingChars;
    /** Made when a frame first has to wait: most sockets are idle, and an empty deque is ~100 bytes each. */
    private ArrayDeque<Pending> queue;
    private long pendingChars;
    private boolean sending;
    private boolean closed;
    /** Set by {@link #close} while a frame is being written: the last frame written closes the socket. */
    private Close closeWhenDone;

    public FrameWriter(FrameSink sink, long maxPendingChars) {
        this.sink = sink;
        this.maxPendingChars = maxPendingChars;
    }

    public void send(String frame) { send(new Pending(frame, true)); }

    /**
     * Queues the frames a resumed session missed. They don't count against the bound: the replay
     * buffer holds them anyway (queueing costs a reference each), and a long backlog must not get the
     * client cut again while it catches up.
     */
    public void sendReplay(List<String> frames) {
        for (String f : frames) send(new Pending(f, false));
    }

    private void send(Pending p) {
        synchronized (this) {
            if (closed || closeWhenDone != null) return;
            if (p.counted()) pendingChars += p.frame().length();
            if (pendingChars > maxPendingChars) {
                closed = true;
                queue = null;
                sink.cut();
                return;
            }
            if (sending) {
                if (queue == null) queue = new ArrayDeque<>();
                queue.addLast(p);
                return;
            }
            sending = true;
        }
        write(p);
    }

    /**
     * Sends frames until the queue is empty or a write goes asynchronous. A library may complete a
     * write inline; looping instead of recursing from the callback keeps a long queue from growing the
     * stack.
     */
    private void write(Pending first) {
        for (Pending p = first; p != null; ) {
            Pending current = p;
            AtomicInteger state = new AtomicInteger(); // 0 pending, 1 done inline, 2 went async
            sink.write(current.frame(), () -> {
                if (!state.compareAndSet(0, 1)) {
                    Pending next = sent(current);
                    if (next != null) write(next);
                }
            }, failure -> abort(1011, "write failed"));
            if (state.compareAndSet(0, 2)) return;
            p = sent(current);
        }
    }

    /** Accounts for a written frame; returns the next one to write, or null when done (closing if asked to). */
    private Pending sent(Pending p) {
        Close close = null;
        Pending next;
        synchronized (this) {
            if (p.counted()) pendingChars -= p.frame().length();
            next = closed || queue == null ? null : queue.pollFirst();
            if (next == null) {
                sending = false;
                if (closeWhenDone != null && !closed) {
                    close = closeWhenDone;
                    closed = true;
                }
            }
        }
        if (close != null) sink.close(close.code(), close.reason());
        return next;
    }

    /**
     * Closes the socket once the frames sent before this call are written, so that a parting frame (RTM's
     * {@code agent_disconnected}, sent just before the close) is not lost behind one still going out;
     * frames sent after it are dropped.
     */
    public void close(int code, String reason) {
        synchronized (this) {
            if (closed || closeWhenDone != null) return;
            if (sending) {
                closeWhenDone = new Close(code, reason);
                return;
            }
        }
        abort(code, reason);
    }

    /** Closes at once, dropping what is queued: the socket can no longer be written to. */
    private void abort(int code, String reason) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            queue = null;
        }
        sink.close(code, reason);
    }
}
