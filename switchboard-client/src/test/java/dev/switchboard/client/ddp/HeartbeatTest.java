package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.eventually;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HeartbeatTest {

    @Test
    void a_server_ping_is_answered_at_once_with_a_pong_echoing_its_id() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.sendRaw("{\"msg\":\"ping\",\"id\":\"x7\"}");
            server.sendRaw("{\"msg\":\"ping\"}");

            eventually().untilAsserted(() -> assertThat(server.frames("pong"))
                    .containsExactly(json("{\"msg\":\"pong\",\"id\":\"x7\"}"), json("{\"msg\":\"pong\"}")));
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void an_idle_client_pings_the_server_and_keeps_its_socket_while_the_server_answers() throws Exception {
        DdpOptions options = fast().withPingInterval(Duration.ofMillis(300));
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), options)) {
            Thread.sleep(2000);

            assertThat(server.frames("ping")).hasSizeGreaterThanOrEqualTo(2).allSatisfy(
                    ping -> assertThat(ping).isEqualTo(json("{\"msg\":\"ping\"}")));
            assertThat(server.socketsOpened()).isEqualTo(1);
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void a_server_silent_for_twice_the_ping_interval_is_dropped_and_the_session_resumed_on_a_new_socket() {
        DdpOptions options = fast().withPingInterval(Duration.ofMillis(100));
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), options)) {
            server.answerPings(false);

            eventually().until(() -> server.socketsOpened() >= 2 && client.isConnected());

            assertThat(server.frames("connect", 2)).containsExactly(json("{\"msg\":\"connect\",\"version\":\"1\","
                    + "\"support\":[\"1\",\"pre2\",\"pre1\"],\"sequenced\":true,\"resume\":{\"session\":\"s1\",\"seq\":0}}"));
            assertThat(client.session()).isEqualTo("s1");
        }
    }
}
