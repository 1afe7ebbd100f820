package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's heartbeat (rocketchat-livechat.md §5.1): after a silence it pings, and a client that
 * stays silent is closed with 4000; a client that answers stays. Short heartbeat times here.
 */
class DdpHeartbeatTest {
    private static final DdpLimits TIGHT = new DdpLimits(Duration.ofSeconds(60), 1000, 4L << 20, 256 * 1024,
            Duration.ofMillis(300), Duration.ofMillis(300), 1000);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withRealtime(TIGHT));
        RocketChatLivechat admin = server.admin();
        server.onlineAgent(admin, "faults-agent");
        E2e.manualSelection(admin);
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void a_client_that_never_answers_pings_is_closed_with_4000_and_one_that_does_stays() throws Exception {
        try (RawDdp silent = RawDdp.connected(server.url()); RawDdp lively = RawDdp.connected(server.url())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < deadline && !silent.closedWith.isDone()) {
                for (JsonNode f : lively.drain(100)) {
                    if ("ping".equals(f.path("msg").asText())) lively.send("{\"msg\":\"pong\"}");
                }
            }
            assertThat(silent.closedWith.get(1, TimeUnit.SECONDS)).isEqualTo(4000);
            silent.drain(0);
            assertThat(silent.seenText()).contains("{\"msg\":\"ping\"}");
            assertThat(lively.closedWith).isNotDone();
            lively.send("{\"msg\":\"ping\",\"id\":\"alive\"}");
            assertThat(lively.awaitFrame(f -> "alive".equals(f.path("id").asText()))).isNotNull();
        }
    }

}
