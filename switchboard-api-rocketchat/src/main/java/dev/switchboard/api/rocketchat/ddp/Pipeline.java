package dev.switchboard.api.rocketchat.ddp;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A connection's method calls in flight. Rocket.Chat answers a connection's calls in the order they were
 * sent, and each call sees the effects of the calls before it. Calls that can run ahead
 * ({@link MethodDispatcher#invokeAhead}) queue their writes in call order and are answered later, so
 * their answers are chained: each goes out once every earlier answer has. Any other frame first waits
 * until every earlier call is answered ({@link #awaitAnswered}). Thread-safe.
 */
final class Pipeline {
    /** The last answer queued; null when none was ever pending (most connections). */
    private CompletableFuture<Void> tail;

    /**
     * Sends {@code result} (a frame; the future never fails) and the call's {@code updated} frame to
     * {@code socket}, together, once every earlier answer has been sent.
     */
    synchronized void answer(BiConsumer<String, String> socket, String id, CompletableFuture<String> result) {
        if ((tail == null || tail.isDone()) && result.isDone()) {
            tail = null;
            send(socket, id, result.join());
            return;
        }
        CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
        tail = before.thenCombine(result, (ignored, frame) -> {
            send(socket, id, frame);
            return null;
        });
    }

    /** Blocks until every call answered through {@link #answer} so far has been answered. */
    void awaitAnswered() {
        CompletableFuture<Void> last;
        synchronized (this) {
            last = tail;
        }
        if (last != null) last.join();
    }

    private static void send(BiConsumer<String, String> socket, String id, String resultFrame) {
        try {
            socket.accept(resultFrame, Frames.updated(id));
        } catch (RuntimeException e) {
            // A socket that cannot take frames is closing; the answers after this one must still be chained.
        }
    }
}
