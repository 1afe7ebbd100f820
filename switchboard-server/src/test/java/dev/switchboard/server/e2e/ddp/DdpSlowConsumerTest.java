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
 * A client that stops reading: its unsent output grows past the bound and its connection is cut;
 * a client reading the same room is neither slowed nor cut, and the stuck one resumes without loss.
 * The server runs with a 1 MiB output bound and a replay buffer large enough for the whole stream.
 */
class DdpSlowConsumerTest {
    private static final DdpLimits TIGHT = new DdpLimits(Duration.ofSeconds(60), 100_000, 1 << 20, 256 * 1024,
            Duration.ofSeconds(30), Duration.ofSeconds(30), 1000);
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
    void a_client_that_stops_reading_is_cut_off_without_slowing_others_and_resumes_without_loss() throws Exception {
        RocketChatLivechat rest = server.client();
        String token = TestServer.newToken();
        String rid = E2e.visitorRoom(rest, token).get("_id").asText();
        Map<String, String> extra = Map.of("token", token, "visitorToken", token);
        // 64 KiB: the data the stopped client and the kernel absorb stays well under what is sent below
        // (the node's socket buffer grows to at most 4 MiB, net.ipv4.tcp_wmem), whatever the machine.
        RawDdp stuck = RawDdp.openWithReceiveBuffer(server.url(), 64 * 1024);
        stuck.next();
        stuck.send("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\"],\"sequenced\":true}");
        String session = stuck.next().path("session").asText();
        stuck.sub("s", "stream-room-messages", rid, extra);
        try (RawDdp healthy = RawDdp.connected(server.url())) {
            healthy.sub("h", "stream-room-messages", rid, extra);
            stuck.pause();

            String filler = "x".repeat(19_000);
            int count = 600; // about 11 MB: more than the loopback socket buffers plus the 1 MiB output bound
            for (int i = 0; i < count; i++) rest.message(token, rid, i + ":" + filler);

            List<String> healthyGot = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (healthyGot.size() < count && System.nanoTime() < deadline) {
                for (JsonNode f : healthy.drain(200)) {
                    if ("stream-room-messages".equals(f.path("collection").asText())) {
                        healthyGot.add(f.path("fields").path("args").get(0).path("msg").asText().split(":")[0]);
                    }
                }
            }
            assertThat(healthy.closedWith).as("the reading client was never cut (got %d)", healthyGot.size()).isNotDone();
            assertThat(healthyGot).hasSize(count);

            stuck.unpause();
            assertThat(stuck.closedWith.get(10, TimeUnit.SECONDS)).as("the stuck socket was cut").isNotEqualTo(1000);
            long lastSeq = 0;
            for (JsonNode f : stuck.drain(300)) lastSeq = Math.max(lastSeq, f.path("seq").asLong());
            assertThat(lastSeq).as("it fell behind").isLessThan(count);

            try (RawDdp resumed = RawDdp.open(server.url())) {
                resumed.next();
                resumed.send("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\"],\"sequenced\":true,"
                        + "\"resume\":{\"session\":\"" + session + "\",\"seq\":" + lastSeq + "}}");
                assertThat(resumed.next().path("session").asText()).isEqualTo(session);
                long expected = lastSeq + 1;
                while (expected <= count) {
                    JsonNode f = resumed.next();
                    assertThat(f.path("seq").asLong()).isEqualTo(expected);
                    assertThat(f.path("fields").path("args").get(0).path("msg").asText()).startsWith((expected - 1) + ":");
                    expected++;
                }
            }
        } finally {
            stuck.close();
        }
    }
}
