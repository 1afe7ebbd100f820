package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.eventually;
import static dev.switchboard.client.ddp.DdpTesting.failure;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.join;
import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.ddp.DdpTesting.Recorder;
import dev.switchboard.client.ddp.StubDdpServer.Answer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SubscriptionTest {

    @Test
    void subscribe_sends_the_stream_frame_and_completes_when_the_server_is_ready() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Subscription subscription = join(client.subscribe("stream-room-messages", "R1", Map.of("token", "T")));

            assertThat(server.frames("sub")).containsExactly(json("{\"msg\":\"sub\",\"id\":\"" + subscription.id() + "\","
                    + "\"name\":\"stream-room-messages\",\"params\":[\"R1\",{\"useCollection\":false,\"args\":[{\"token\":\"T\"}]}]}"));
            assertThat(subscription.name()).isEqualTo("stream-room-messages");
            assertThat(subscription.eventName()).isEqualTo("R1");
            assertThat(subscription.isActive()).isTrue();
        }
    }

    @Test
    void a_subscription_without_extra_sends_empty_args() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            join(client.subscribe("stream-livechat-inquiry-queue-observer", "public", null));

            assertThat(server.frames("sub").get(0).get("params")).isEqualTo(json("[\"public\",{\"useCollection\":false,\"args\":[]}]"));
        }
    }

    @Test
    void a_refused_subscription_fails_with_the_error_of_its_nosub() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onSubscribe(frame -> Answer.error("not-allowed", "Not allowed"));

            DdpException error = failure(client.subscribe("stream-room-messages", "closed-room", Map.of()));

            assertThat(error.code()).isEqualTo("not-allowed");
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void unsubscribe_sends_unsub_with_the_subscription_id_and_completes_on_nosub() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Subscription subscription = join(client.subscribe("stream-room-messages", "R1", Map.of()));

            join(subscription.unsubscribe());

            assertThat(server.frames("unsub")).containsExactly(json("{\"msg\":\"unsub\",\"id\":\"" + subscription.id() + "\"}"));
            assertThat(subscription.isActive()).isFalse();
            assertThat(subscription.unsubscribe()).isCompleted();
            assertThat(server.frames("unsub")).hasSize(1);
        }
    }

    @Test
    void stream_events_reach_listeners_in_server_order_one_at_a_time_on_one_thread() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            client.addListener(event -> {
                if (inside.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                Thread.yield();
                inside.decrementAndGet();
            });
            client.addListener(recorder);
            join(client.subscribe("stream-room-messages", "R1", Map.of()));

            for (int i = 1; i <= 300; i++) {
                server.emit("stream-room-messages", "R1", Map.of("msg", "m" + i, "ts", Map.of("$date", 1_795_264_466_000L + i)));
            }

            eventually().until(() -> recorder.events.size() == 300);
            assertThat(recorder.seqs()).containsExactlyElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
            assertThat(recorder.events.get(41).arg(0).get("msg").asText()).isEqualTo("m42");
            assertThat(recorder.events.get(41).collection()).isEqualTo("stream-room-messages");
            assertThat(recorder.events.get(41).eventName()).isEqualTo("R1");
            assertThat(Ejson.date(recorder.events.get(41).arg(0).get("ts")).toEpochMilli()).isEqualTo(1_795_264_466_042L);
            assertThat(recorder.threads).containsOnly(recorder.threads.get(0)).doesNotContain(Thread.currentThread());
            assertThat(overlaps).hasValue(0);
            assertThat(client.lastSeq()).isEqualTo(300);
        }
    }

    @Test
    void a_listener_that_throws_does_not_stop_later_events() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(event -> {
                if (event.arg(1).asBoolean()) {
                    throw new IllegalStateException("listener bug");
                }
                throw new AssertionError("failed assertion in a listener");
            });
            client.addListener(recorder);

            server.emit("stream-notify-room", "R1/typing", "guest-1", true);
            server.emit("stream-notify-room", "R1/typing", "guest-1", false);
            server.emit("stream-notify-room", "R1/typing", "guest-1", true);

            eventually().until(() -> recorder.events.size() == 3);
            assertThat(recorder.events.get(1).args()).containsExactly(json("\"guest-1\""), json("false"));
            assertThat(recorder.threads).containsOnly(recorder.threads.get(0));
        }
    }

    @Test
    void a_removed_listener_hears_nothing_more() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder removed = new Recorder();
            Recorder kept = new Recorder();
            client.addListener(removed);
            client.addListener(kept);
            client.removeListener(removed);

            server.emit("stream-livechat-room", "R1", Map.of("type", "agentData"));

            eventually().until(() -> kept.events.size() == 1);
            assertThat(removed.events).isEmpty();
        }
    }
}
