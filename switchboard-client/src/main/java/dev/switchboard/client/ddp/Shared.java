package dev.switchboard.client.ddp;

import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Process-wide resources shared by every {@link DdpClient}, so that thousands of clients (a load generator)
 * cost neither thousands of timer threads nor thousands of HTTP clients. All threads are daemons.
 */
final class Shared {
    private Shared() {}

    /** Heartbeats, handshake timeouts and reconnect backoff; tasks must be short and never block. */
    static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ddp-timer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Completes callers' futures, so that whatever they chain onto them never runs on (and never stalls) a
     * socket's reader thread.
     */
    static final Executor COMPLETIONS = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ddp-completion").factory());

    /** Completes {@code future} on {@link #COMPLETIONS}. */
    static <T> void complete(CompletableFuture<T> future, T value) {
        COMPLETIONS.execute(() -> future.complete(value));
    }

    /** Fails {@code future} on {@link #COMPLETIONS}. */
    static void fail(CompletableFuture<?> future, Throwable error) {
        COMPLETIONS.execute(() -> future.completeExceptionally(error));
    }

    /** The HTTP client used when the options give none. */
    static HttpClient httpClient() {
        return HttpClientHolder.CLIENT;
    }

    private static final class HttpClientHolder {
        static final HttpClient CLIENT = HttpClient.newHttpClient();
    }
}
