package dev.switchboard.api.livechat.rtm;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One RTM socket and its state: the session once logged in, and the requests it has in flight. A
 * connection's requests run one after another, in arrival order, off the socket's thread; more than
 * the limit in flight are refused at once (C51). Thread-safe.
 */
final class RtmConnection {
    final RtmSocket socket;
    final String baseUrl;
    final String organizationId;
    final long connectedNanos = System.nanoTime();
    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile RtmSession session;
    private volatile boolean closed;

    /**
     * @param baseUrl        the URL the client reached the server at, for links in replies
     * @param organizationId the {@code organization_id} query parameter (nullable: one organization, §5.1)
     */
    RtmConnection(RtmSocket socket, String baseUrl, String organizationId) {
        this.socket = socket;
        this.baseUrl = baseUrl;
        this.organizationId = organizationId;
    }

    RtmSession session() { return session; }

    void session(RtmSession s) { session = s; }

    /** The socket is gone; a login still running on it must park the session it makes (see {@link RtmSessions#socketLost}). */
    void markClosed() { closed = true; }

    boolean isClosed() { return closed; }

    /**
     * Queues a request behind the connection's others.
     *
     * @return false when {@code limit} requests already wait behind the one running
     */
    boolean submit(Runnable request, int limit, Executor executor, Consumer<RuntimeException> onFailure) {
        if (pending.incrementAndGet() > limit) {
            pending.decrementAndGet();
            return false;
        }
        inbox.add(request);
        // One drain task per request; they take turns on the lock, so requests still run in order.
        executor.execute(() -> drain(onFailure));
        return true;
    }

    /** A lock, not a monitor: requests run on virtual threads, which a monitor would pin. */
    private final ReentrantLock draining = new ReentrantLock();

    private void drain(Consumer<RuntimeException> onFailure) {
        draining.lock();
        try {
            Runnable next;
            while ((next = inbox.poll()) != null) {
                // Counted off as it starts: its response may reach the client before this thread gets
                // back here, and a client that has its answer may send again at once.
                pending.decrementAndGet();
                try {
                    next.run();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                }
            }
        } finally {
            draining.unlock();
        }
    }
}
