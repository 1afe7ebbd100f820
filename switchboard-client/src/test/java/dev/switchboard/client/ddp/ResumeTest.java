package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.eventually;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.join;
import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.ddp.DdpTesting.Recorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ResumeTest {

    @Test
    void after_a_killed_socket_the_client_resumes_its_session_and_gets_exactly_the_missed_events() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(recorder);
            join(client.subscribe("stream-room-messages", "R1", Map.of()));
            emit(server, 1, 3);
            eventually().until(() -> recorder.events.size() == 3);
            server.holdHandshakes();

            client.killSocket();
            eventually().until(() -> server.openSockets() == 0);
            assertThat(client.isConnected()).isFalse();
            emit(server, 4, 6); // the session has no socket now: buffered only
            eventually().until(() -> server.frames("connect").size() == 2);
            server.releaseHandshakes();
            eventually().until(client::isConnected);
            emit(server, 7, 7);

            eventually().until(() -> recorder.events.size() >= 7);
            assertThat(recorder.firstArgs()).containsExactly("m1", "m2", "m3", "m4", "m5", "m6", "m7");
            assertThat(recorder.seqs()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
            assertThat(server.frames("connect", 2)).containsExactly(json("{\"msg\":\"connect\",\"version\":\"1\","
                    + "\"support\":[\"1\",\"pre2\",\"pre1\"],\"sequenced\":true,\"resume\":{\"session\":\"s1\",\"seq\":3}}"));
            assertThat(server.frames("sub", 2)).as("a resumed session keeps its subscriptions").isEmpty();
            assertThat(client.session()).isEqualTo("s1");
            assertThat(client.lastSeq()).isEqualTo(7);
        }
    }

    @Test
    void a_lost_socket_and_a_reconnection_left_unanswered_are_told_to_the_loss_listeners_with_where_it_stalled() {
        DdpOptions patient = fast().withConnectTimeout(java.time.Duration.ofMillis(800));
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), patient)) {
            List<DdpException> lost = new java.util.concurrent.CopyOnWriteArrayList<>();
            client.onConnectionLost(lost::add);
            server.holdHandshakes();

            client.killSocket();
            eventually().until(() -> lost.size() >= 2); // the kill, then the unanswered resume
            server.releaseHandshakes();
            eventually().until(client::isConnected);

            assertThat(lost.get(0).code()).isEqualTo(DdpException.DISCONNECTED);
            assertThat(lost.get(1).code()).isEqualTo(DdpException.TIMEOUT);
            assertThat(lost.get(1).getMessage()).contains("the WebSocket opened, connect was written");
            assertThat(client.session()).as("the retry resumed").isEqualTo("s1");
        }
    }

    @Test
    void sockets_killed_again_and_again_under_a_stream_of_events_lose_and_repeat_nothing() throws Exception {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(recorder);
            int total = 2000;
            Thread emitter = Thread.ofPlatform().start(() -> {
                for (int i = 1; i <= total; i++) {
                    server.emit("stream-room-messages", "R1", "m" + i);
                    if (i % 50 == 0) {
                        sleep(2);
                    }
                }
            });

            for (int kill = 0; kill < 8; kill++) {
                int before = recorder.events.size();
                eventually().until(() -> client.isConnected() && recorder.events.size() > before || recorder.events.size() == total);
                client.killSocket();
            }
            emitter.join();

            eventually().until(() -> recorder.events.size() >= total);
            Thread.sleep(100); // room for a duplicate to show up
            assertThat(recorder.seqs()).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(server.socketsOpened()).isGreaterThan(2);
            assertThat(client.session()).isEqualTo("s1");
        }
    }

    @Test
    void events_the_server_sends_again_are_delivered_once() throws Exception {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(recorder);
            emit(server, 1, 4);
            eventually().until(() -> recorder.events.size() == 4);
            server.replayOverlap(3);
            server.holdHandshakes();

            client.killSocket();
            eventually().until(() -> server.openSockets() == 0);
            emit(server, 5, 6);
            server.releaseHandshakes();
            eventually().until(() -> recorder.events.size() >= 6);
            server.sendRaw("{\"msg\":\"changed\",\"collection\":\"stream-room-messages\",\"id\":\"id\","
                    + "\"fields\":{\"eventName\":\"R1\",\"args\":[\"m5 again\"]},\"seq\":5}");
            emit(server, 7, 7);

            eventually().until(() -> recorder.events.size() >= 7);
            Thread.sleep(100); // room for a duplicate to show up
            assertThat(recorder.firstArgs()).containsExactly("m1", "m2", "m3", "m4", "m5", "m6", "m7");
            assertThat(server.socketsOpened()).isEqualTo(2);
        }
    }

    @Test
    void a_resync_answer_subscribes_again_under_new_ids_and_tells_the_resync_listeners_once_ready() throws Exception {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            Recorder recorder = new Recorder();
            client.addListener(recorder);
            List<String> resyncs = new java.util.concurrent.CopyOnWriteArrayList<>();
            client.onResync(resyncs::add);
            Subscription messages = join(client.subscribe("stream-room-messages", "R1", Map.of("token", "T")));
            Subscription typing = join(client.subscribe("stream-notify-room", "R1/typing", Map.of("token", "T")));
            String oldMessagesId = messages.id();
            emit(server, 1, 3);
            eventually().until(() -> recorder.events.size() == 3);
            server.resumable(false, "buffer-exceeded");
            server.onSubscribe(frame -> StubDdpServer.Answer.none());

            client.killSocket();
            eventually().until(() -> server.frames("sub", 2).size() == 2);
            Thread.sleep(100);
            assertThat(resyncs).as("no resync before the subscriptions are ready again").isEmpty();
            for (var sub : server.frames("sub", 2)) {
                server.sendRaw("{\"msg\":\"ready\",\"subs\":[\"" + sub.get("id").asText() + "\"]}");
            }

            eventually().until(() -> resyncs.size() == 1);
            assertThat(resyncs).containsExactly("buffer-exceeded");
            assertThat(server.frames("connect", 2).get(0).get("resume")).isEqualTo(json("{\"session\":\"s1\",\"seq\":3}"));
            assertThat(client.session()).isEqualTo("s2");
            assertThat(client.lastSeq()).isZero();
            assertThat(messages.id()).isNotEqualTo(oldMessagesId);
            assertThat(server.frames("sub", 2)).containsExactly(
                    json("{\"msg\":\"sub\",\"id\":\"" + messages.id() + "\",\"name\":\"stream-room-messages\","
                            + "\"params\":[\"R1\",{\"useCollection\":false,\"args\":[{\"token\":\"T\"}]}]}"),
                    json("{\"msg\":\"sub\",\"id\":\"" + typing.id() + "\",\"name\":\"stream-notify-room\","
                            + "\"params\":[\"R1/typing\",{\"useCollection\":false,\"args\":[{\"token\":\"T\"}]}]}"));
            emit(server, 1, 1); // the new session numbers from 1 again: not a duplicate
            eventually().until(() -> recorder.events.size() == 4);
            assertThat(recorder.events.get(3).seq()).isEqualTo(1);
        }
    }

    @Test
    void a_registered_resync_call_goes_out_before_the_subscriptions_of_the_new_session() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("login", params -> StubDdpServer.Answer.result(Map.of("id", "agent1", "token", "tok", "type", "resume")));
            AgentRealtime agent = new AgentRealtime(client);
            join(agent.login("tok"));
            join(agent.watchQueue());
            server.resumable(false, "unknown-session");
            List<String> resyncs = new java.util.concurrent.CopyOnWriteArrayList<>();
            client.onResync(() -> resyncs.add("resync"));

            client.killSocket();

            eventually().until(() -> resyncs.size() == 1);
            List<String> secondSocket = server.received().stream().filter(r -> r.socket() == 2)
                    .map(r -> r.msg() + (r.frame().has("method") ? ":" + r.frame().get("method").asText() : "")).toList();
            assertThat(secondSocket).containsExactly("connect", "method:login", "sub");
            assertThat(server.frames("method", 2).get(0).get("params")).isEqualTo(json("[{\"resume\":\"tok\"}]"));
        }
    }

    @Test
    void a_call_in_flight_when_the_socket_is_killed_fails_with_disconnected() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("slow", params -> StubDdpServer.Answer.none());
            var call = client.call("slow");
            eventually().until(() -> server.frames("method").size() == 1);

            client.killSocket();

            assertThat(DdpTesting.failure(call).code()).isEqualTo(DdpException.DISCONNECTED);
            eventually().until(client::isConnected);
            assertThat(client.session()).isEqualTo("s1");
        }
    }

    @Test
    void a_call_in_flight_when_the_server_drops_the_connection_fails_with_disconnected() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("slow", params -> StubDdpServer.Answer.none());
            var call = client.call("slow");
            eventually().until(() -> server.frames("method").size() == 1);

            server.dropSockets();

            assertThat(DdpTesting.failure(call).code()).isEqualTo(DdpException.DISCONNECTED);
            eventually().until(() -> server.socketsOpened() == 2 && client.isConnected());
        }
    }

    @Test
    void a_call_made_while_reconnecting_waits_and_is_sent_once_the_session_is_back() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("hello", params -> StubDdpServer.Answer.result("hi"));
            server.holdHandshakes();
            client.killSocket();

            var call = client.call("hello");
            eventually().until(() -> server.frames("connect").size() == 2);
            assertThat(server.frames("method")).isEmpty();
            server.releaseHandshakes();

            assertThat(join(call).asText()).isEqualTo("hi");
            assertThat(server.frames("method", 2)).hasSize(1);
        }
    }

    @Test
    void a_subscription_whose_ready_was_lost_is_redone_after_a_resume() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onSubscribe(frame -> StubDdpServer.Answer.none());
            var subscribing = client.subscribe("stream-room-messages", "R1", Map.of());
            eventually().until(() -> server.frames("sub").size() == 1);
            String firstId = server.frames("sub").get(0).get("id").asText();
            server.onSubscribe(frame -> StubDdpServer.Answer.empty());

            client.killSocket();

            Subscription subscription = join(subscribing);
            assertThat(server.frames("unsub", 2)).containsExactly(json("{\"msg\":\"unsub\",\"id\":\"" + firstId + "\"}"));
            assertThat(server.frames("sub", 2)).hasSize(1);
            assertThat(subscription.id()).isNotEqualTo(firstId).isEqualTo(server.frames("sub", 2).get(0).get("id").asText());
        }
    }

    @Test
    void close_ends_the_socket_with_a_normal_close_and_never_reconnects() throws Exception {
        try (StubDdpServer server = new StubDdpServer()) {
            DdpClient client = DdpClient.connect(server.uri(), fast());
            server.onMethod("slow", params -> StubDdpServer.Answer.none());
            var pending = client.call("slow");
            eventually().until(() -> server.frames("method").size() == 1);

            client.close();

            assertThat(DdpTesting.failure(pending).code()).isEqualTo(DdpException.CLOSED);
            assertThat(DdpTesting.failure(client.call("late")).code()).isEqualTo(DdpException.CLOSED);
            eventually().until(() -> server.openSockets() == 0);
            assertThat(server.closeCodes()).containsExactly(1000);
            Thread.sleep(100);
            assertThat(server.socketsOpened()).isEqualTo(1);
            assertThat(client.isConnected()).isFalse();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void emit(StubDdpServer server, int from, int to) {
        for (int i = from; i <= to; i++) {
            server.emit("stream-room-messages", "R1", "m" + i);
        }
    }
}
