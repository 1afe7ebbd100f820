package dev.switchboard.core.realtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a socket's frames without blocking: frames queue behind the one being sent. A client that
 * stops reading lets the queue grow; past {@code maxPendingChars} its connection is cut, so a slow
 * consumer costs bounded memory and never slows the publisher or other sockets. A frame with others
 * queued behind it is written as {@code more} (see {@link FrameSink#write}), so a backlog, or a pair sent
 * together ({@link #send(String, String)}), leaves in one socket write. Shared by the DDP and RTM
 * endpoints. Thread-safe.
 */
public final class FrameWriter {
    /** A queued frame; replayed frames don't count against the bound. */
    private record Pending(String frame, boolean counted) {}

    /** A close asked for while frames were still going out. */
    private record Close(int code, String reason) {}

    /** The next frame to write, and whether another is queued behind it. */
    private record Next(Pending frame, boolean more) {}

    private final FrameSink sink;
    private final long maxPendingChars;
    /**
     * Made when a frame has to wait, dropped when the queue drains: most sockets are idle, and an empty
     * deque is ~100 bytes each.
     */
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

    public void send(String frame) { send(List.of(new Pending(frame, true))); }

    /** Sends two frames that belong together (a DDP {@code result} and its {@code updated}) in one socket write. */
    public void send(String first, String second) {
        send(List.of(new Pending(first, true), new Pending(second, true)));
    }

    /**
     * Queues the frames a resumed session missed. They don't count against the bound: the replay
     * buffer holds them anyway (queueing costs a reference each), and a long backlog must not get the
     * client cut again while it catches up.
     */
    public void sendReplay(List<String> frames) {
        List<Pending> pending = new ArrayList<>(frames.size());
        for (String f : frames) pending.add(new Pending(f, false));
        if (!pending.isEmpty()) send(pending);
    }

    /** Queues {@code frames} together, so nothing sent on another thread lands between them. */
    private void send(List<Pending> frames) {
        Next first;
        synchronized (this) {
            if (closed || closeWhenDone != null) return;
            for (Pending p : frames) if (p.counted()) pendingChars += p.frame().length();
            if (pendingChars > maxPendingChars) {
                closed = true;
                queue = null;
                sink.cut();
                return;
            }
            if (queue == null && (sending || frames.size() > 1)) queue = new ArrayDeque<>();
            if (sending) {
                queue.addAll(frames);
                return;
            }
            sending = true;
            for (int i = 1; i < frames.size(); i++) queue.addLast(frames.get(i));
            first = new Next(frames.get(0), frames.size() > 1);
        }
        write(first);
    }

    /**
     * Sends frames until the queue is empty or a write goes asynchronous. A library may complete a
     * write inline; looping instead of recursing from the callback keeps a long queue from growing the
     * stack.
     */
    private void write(Next first) {
        for (Next n = first; n != null; ) {
            Pending current = n.frame();
            AtomicInteger state = new AtomicInteger(); // 0 pending, 1 done inline, 2 went async
            sink.write(current.frame(), n.more(), () -> {
                if (!state.compareAndSet(0, 1)) {
                    Next next = sent(current);
                    if (next != null) write(next);
                }
            }, failure -> abort(1011, "write failed"));
            if (state.compareAndSet(0, 2)) return;
            n = sent(current);
        }
    }

    /** Accounts for a written frame; returns the next one to write, or null when done (closing if asked to). */
    private Next sent(Pending p) {
        Close close = null;
        Next next = null;
        synchronized (this) {
            if (p.counted()) pendingChars -= p.frame().length();
            Pending polled = closed || queue == null ? null : queue.pollFirst();
            if (polled != null) {
                next = new Next(polled, !queue.isEmpty());
            } else {
                sending = false;
                queue = null; // an idle socket keeps no deque: most sockets are idle
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
