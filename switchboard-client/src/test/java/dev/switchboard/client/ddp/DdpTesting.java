package dev.switchboard.client.ddp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Shared test helpers: fast options, waiting, JSON literals, an event recorder. */
final class DdpTesting {
    private DdpTesting() {}

    /** Reconnects after 5–20 ms, as the end-to-end tests want; pings rarely unless a test says otherwise. */
    static DdpOptions fast() {
        return DdpOptions.defaults().withReconnectDelay(Duration.ofMillis(5), Duration.ofMillis(20))
                .withConnectTimeout(Duration.ofSeconds(3));
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5));
    }

    static JsonNode json(String text) {
        try {
            return StubDdpServer.JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("future did not complete normally", e);
        }
    }

    /** The {@link DdpException} a future fails with (within 10 s). */
    static DdpException failure(CompletableFuture<?> future) {
        Throwable thrown = catchThrowable(() -> future.orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOf(DdpException.class);
        return (DdpException) thrown.getCause();
    }

    /** Records events and the threads they arrived on. */
    static final class Recorder implements Consumer<StreamEvent> {
        final List<StreamEvent> events = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public void accept(StreamEvent event) {
            threads.add(Thread.currentThread());
            events.add(event);
        }

        List<Long> seqs() {
            return events.stream().map(StreamEvent::seq).toList();
        }

        List<String> firstArgs() {
            return events.stream().map(e -> e.arg(0).asText()).toList();
        }
    }
}
