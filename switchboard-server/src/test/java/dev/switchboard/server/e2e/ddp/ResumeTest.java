package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Switchboard's lossless resumption on the raw wire: {@code "sequenced":true} numbers stream frames;
 * {@code "resume":{"session","seq"}} on a new socket replays exactly the missed frames, or answers
 * {@code resync} when it can't.
 */
class ResumeTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        RocketChatLivechat admin = server.admin();
        server.onlineAgent(admin, "resume-agent");
        E2e.manualSelection(admin);
    }

    @AfterAll
    static void stop() { server.close(); }

    private static RawDdp sequenced(String resumeJson) {
        RawDdp ddp = RawDdp.open(server.url());
        ddp.next();
        ddp.send("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\"],\"sequenced\":true"
                + (resumeJson == null ? "" : ",\"resume\":" + resumeJson) + "}");
        return ddp;
    }

    private static List<String> messageTexts(List<JsonNode> frames) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : frames) {
            if ("stream-room-messages".equals(f.path("collection").asText())) {
                out.add(f.path("fields").path("args").get(0).path("msg").asText());
            }
        }
        return out;
    }

    @Test
    void a_resumed_session_receives_exactly_the_frames_it_missed_in_order() {
        String token = TestServer.newToken();
        RocketChatLivechat rest = server.client();
        String rid = E2e.visitorRoom(rest, token).get("_id").asText();
        RawDdp first = sequenced(null);
        String session = first.next().path("session").asText();
        first.sub("s1", "stream-room-messages", rid, Map.of("token", token, "visitorToken", token));
        rest.message(token, rid, "one");
        JsonNode one = first.awaitEvent("stream-room-messages", rid);
        assertThat(one.path("seq").asLong()).isEqualTo(1);
        first.abort();

        rest.message(token, rid, "two");
        rest.message(token, rid, "three");
        try (RawDdp second = sequenced("{\"session\":\"" + session + "\",\"seq\":1}")) {
            JsonNode connected = second.next();
            assertThat(connected.path("session").asText()).isEqualTo(session);
            assertThat(connected.has("resync")).isFalse();
            List<JsonNode> replayed = List.of(second.next(), second.next());
            assertThat(messageTexts(replayed)).containsExactly("two", "three");
            assertThat(replayed).extracting(f -> f.path("seq").asLong()).containsExactly(2L, 3L);

            rest.message(token, rid, "four");
            JsonNode live = second.awaitEvent("stream-room-messages", rid);
            assertThat(live.path("seq").asLong()).isEqualTo(4);
            assertThat(second.drain(300)).as("nothing twice").isEmpty();
        }
    }

    @Test
    void resuming_an_unknown_session_answers_resync_with_a_fresh_session() {
        try (RawDdp ddp = sequenced("{\"session\":\"no-such-session\",\"seq\":7}")) {
            JsonNode connected = ddp.next();
            assertThat(connected.path("msg").asText()).isEqualTo("connected");
            assertThat(connected.path("resync").asText()).isEqualTo("unknown-session");
            assertThat(connected.path("session").asText()).isNotEqualTo("no-such-session");
        }
    }

    @Test
    void resuming_from_a_sequence_never_sent_answers_resync_and_keeps_the_identity() {
        String token = TestServer.newToken();
        String rid = E2e.visitorRoom(server.client(), token).get("_id").asText();
        RawDdp first = sequenced(null);
        String session = first.next().path("session").asText();
        first.call("u1", "livechat:setUpConnection", Map.of("token", token));
        first.abort();
        try (RawDdp second = sequenced("{\"session\":\"" + session + "\",\"seq\":99}")) {
            JsonNode connected = second.next();
            assertThat(connected.path("resync").asText()).isEqualTo("buffer-exceeded");
            assertThat(connected.path("session").asText()).isNotEqualTo(session);
            assertThat(second.sub("s1", "stream-room-messages", rid, Map.of("token", token, "visitorToken", token))
                    .path("msg").asText()).isEqualTo("ready");
        }
    }

    @Test
    void a_client_resuming_before_the_server_noticed_the_drop_takes_the_session_over() {
        String token = TestServer.newToken();
        RocketChatLivechat rest = server.client();
        String rid = E2e.visitorRoom(rest, token).get("_id").asText();
        RawDdp first = sequenced(null);
        String session = first.next().path("session").asText();
        first.sub("s1", "stream-room-messages", rid, Map.of("token", token, "visitorToken", token));
        try (RawDdp second = sequenced("{\"session\":\"" + session + "\",\"seq\":0}")) {
            assertThat(second.next().path("session").asText()).isEqualTo(session);
            rest.message(token, rid, "after takeover");
            assertThat(messageTexts(List.of(second.awaitEvent("stream-room-messages", rid)))).containsExactly("after takeover");
            assertThat(first.closedWith.join()).isEqualTo(4001);
        } finally {
            first.close();
        }
    }
}
