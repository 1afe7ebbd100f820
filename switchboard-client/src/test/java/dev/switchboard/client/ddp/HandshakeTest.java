package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.eventually;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HandshakeTest {

    @Test
    void connect_sends_the_standard_handshake_asking_for_sequenced_events_and_returns_with_the_session() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            assertThat(server.frames("connect")).containsExactly(
                    json("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\",\"pre2\",\"pre1\"],\"sequenced\":true}"));
            assertThat(client.session()).isEqualTo("s1");
            assertThat(client.isConnected()).isTrue();
            assertThat(client.lastSeq()).isZero();
        }
    }

    @Test
    void the_servers_http_base_url_is_turned_into_its_websocket_url() {
        assertThat(DdpClient.websocketUri(URI.create("http://127.0.0.1:3000"))).hasToString("ws://127.0.0.1:3000/websocket");
        assertThat(DdpClient.websocketUri(URI.create("https://chat.test/support/"))).hasToString("wss://chat.test/support/websocket");
        assertThat(DdpClient.websocketUri(URI.create("ws://h:1/custom"))).hasToString("ws://h:1/custom");
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.httpUri(), fast())) {
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void a_failed_answer_makes_connect_throw_with_code_failed() {
        try (StubDdpServer server = new StubDdpServer()) {
            server.holdHandshakes();
            CompletableFuture<DdpClient> connecting = CompletableFuture.supplyAsync(() -> DdpClient.connect(server.uri(), fast()));
            eventually().until(() -> server.frames("connect").size() == 1);

            server.sendRaw("{\"msg\":\"failed\",\"version\":\"1\"}");

            CompletionException thrown = catchThrowableOfType(CompletionException.class, connecting::join);
            assertThat(thrown.getCause()).isInstanceOf(DdpException.class);
            assertThat(((DdpException) thrown.getCause()).code()).isEqualTo(DdpException.FAILED);
            eventually().until(() -> server.openSockets() == 0);
        }
    }

    @Test
    void connecting_to_a_port_nobody_listens_on_fails_with_connect_failed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DdpException thrown = catchThrowableOfType(DdpException.class,
                () -> DdpClient.connect(URI.create("ws://127.0.0.1:" + port + "/websocket"), fast()));

        assertThat(thrown.code()).isEqualTo(DdpException.CONNECT_FAILED);
    }

    @Test
    void a_server_that_never_answers_connect_makes_connect_time_out() {
        try (StubDdpServer server = new StubDdpServer()) {
            server.holdHandshakes();
            long start = System.nanoTime();
            CompletableFuture<DdpClient> connecting = CompletableFuture.supplyAsync(
                    () -> DdpClient.connect(server.uri(), fast().withConnectTimeout(Duration.ofMillis(1500))));
            CompletionException thrown = catchThrowableOfType(CompletionException.class, connecting::join);

            // On a loaded machine the deadline can pass during the WebSocket upgrade, before the connect
            // frame goes out; either way the client must give up with TIMEOUT, and never send it twice.
            assertThat(server.frames("connect").size()).isLessThanOrEqualTo(1);

            assertThat(thrown.getCause()).isInstanceOf(DdpException.class);
            assertThat(((DdpException) thrown.getCause()).code()).isEqualTo(DdpException.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1450), Duration.ofSeconds(15));
            eventually().until(() -> server.openSockets() == 0);
            assertThat(server.socketsOpened()).isEqualTo(1);
        }
    }

    /**
     * A regression: the client made a new socket its current one only after dialing it, so a server that
     * answered on the dialing thread had its {@code connected} dropped as a stale socket's, and the client
     * sat out the connect timeout (1 in ~1,000 reconnects of LosslessReconnectTest in a warm JVM).
     */
    @Test
    void a_server_answering_on_the_dialing_thread_is_heard_on_connect_and_on_every_resume() {
        InlineAnsweringHttpClient http = new InlineAnsweringHttpClient();
        DdpOptions options = fast().withHttpClient(http).withConnectTimeout(Duration.ofSeconds(30));
        long start = System.nanoTime();
        try (DdpClient client = DdpClient.connect(URI.create("ws://127.0.0.1:9/websocket"), options)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the timeout").isLessThan(Duration.ofSeconds(10));
            List<DdpException> lost = new CopyOnWriteArrayList<>();
            client.onConnectionLost(lost::add);
            for (int kill = 1; kill <= 20; kill++) {
                client.killSocket();
                eventually().atMost(Duration.ofSeconds(10)).until(client::isConnected);
            }
            assertThat(http.socketsOpened).hasValue(21);
            eventually().until(() -> lost.size() == 20);
            assertThat(lost).extracting(DdpException::code).containsOnly(DdpException.DISCONNECTED);
            assertThat(client.session()).isEqualTo("s1");
        }
    }
}
