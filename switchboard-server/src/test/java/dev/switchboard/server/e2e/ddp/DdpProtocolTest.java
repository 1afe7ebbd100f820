package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DDP transport at {@code /websocket}, frame by frame, as widget 1.13.3 speaks it
 * (rocketchat-livechat.md §5.1–§5.3). Covers checklist (§7) items 60, 61, 62, 63, 65, 66 and the
 * issue's bad-input cases for frames.
 */
class DdpProtocolTest {
    private static TestServer server;
    private static dev.switchboard.client.rocketchat.RocketChatLivechat admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.admin();
        server.onlineAgent(admin, "ddp-owner-agent");
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void the_server_speaks_first_with_server_id_and_answers_connect_with_a_session() {
        try (RawDdp ddp = RawDdp.open(server.url())) {
            assertThat(ddp.nextText()).isEqualTo("{\"server_id\":\"0\"}");
            ddp.send("{\"msg\":\"connect\",\"version\":\"1\",\"support\":[\"1\",\"pre2\",\"pre1\"]}");
            JsonNode connected = ddp.next();
            assertThat(connected.path("msg").asText()).isEqualTo("connected");
            assertThat(connected.path("session").asText()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(connected.has("resync")).isFalse();
        }
    }

    @Test
    void a_ping_is_answered_with_pong_echoing_its_id() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.send("{\"msg\":\"ping\"}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"pong\"}");
            ddp.send("{\"msg\":\"ping\",\"id\":\"x7\"}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"pong\",\"id\":\"x7\"}");
        }
    }

    @Test
    void sockjs_style_array_frames_are_accepted() {
        try (RawDdp ddp = RawDdp.open(server.url())) {
            ddp.next();
            ddp.send("[\"{\\\"msg\\\":\\\"connect\\\",\\\"version\\\":\\\"1\\\",\\\"support\\\":[\\\"1\\\"]}\",\"{\\\"msg\\\":\\\"ping\\\",\\\"id\\\":\\\"a\\\"}\"]");
            assertThat(ddp.next().path("msg").asText()).isEqualTo("connected");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"pong\",\"id\":\"a\"}");
        }
    }

    @Test
    void a_first_frame_other_than_connect_closes_the_socket_with_1002() throws Exception {
        try (RawDdp ddp = RawDdp.open(server.url())) {
            ddp.next();
            ddp.send("{\"msg\":\"method\",\"method\":\"livechat:setUpConnection\",\"params\":[],\"id\":\"1\"}");
            assertThat(ddp.closedWith.get(5, TimeUnit.SECONDS)).isEqualTo(1002);
        }
    }

    @Test
    void an_unsupported_version_is_answered_failed() {
        try (RawDdp ddp = RawDdp.open(server.url())) {
            ddp.next();
            ddp.send("{\"msg\":\"connect\",\"version\":\"pre1\",\"support\":[\"pre1\"]}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"failed\",\"version\":\"1\"}");
        }
    }

    @Test
    void set_up_connection_answers_an_empty_result_then_updated() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.send("{\"msg\":\"method\",\"method\":\"livechat:setUpConnection\",\"params\":[{\"token\":\"tok-1\"}],\"id\":\"ddp-1\"}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"result\",\"id\":\"ddp-1\"}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"updated\",\"methods\":[\"ddp-1\"]}");
        }
    }

    @Test
    void an_unknown_method_gets_a_404_meteor_error() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode result = ddp.call("m1", "no.such.method");
            assertThat(result).isEqualTo(E2e.json("{'msg':'result','id':'m1','error':{'isClientSafe':true,'error':404,"
                    + "'reason':\"Method 'no.such.method' not found\",'message':\"Method 'no.such.method' not found [404]\","
                    + "'errorType':'Meteor.Error'}}"));
        }
    }

    @Test
    void parameters_of_the_wrong_shape_get_match_failed_never_a_crash() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode objectToken = ddp.call("m1", "livechat:setUpConnection", Map.of("token", Map.of("$ne", "")));
            assertThat(objectToken.path("error").path("error").asInt()).isEqualTo(400);
            assertThat(objectToken.path("error").path("message").asText()).isEqualTo("Match failed [400]");
            JsonNode missing = ddp.call("m2", "sendMessageLivechat", Map.of("rid", "r"));
            assertThat(missing.path("error").path("reason").asText()).isEqualTo("Match failed");
            ddp.send("{\"msg\":\"method\",\"method\":\"livechat:setUpConnection\",\"params\":{\"token\":\"t\"},\"id\":\"m3\"}");
            JsonNode notArray = ddp.awaitFrame(f -> "m3".equals(f.path("id").asText()));
            assertThat(notArray.path("error").path("error").asInt()).isEqualTo(400);
        }
    }

    @Test
    void malformed_frames_get_a_protocol_error_and_the_socket_stays_usable() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.send("{not json");
            assertThat(ddp.next().path("msg").asText()).isEqualTo("error");
            ddp.send("{\"msg\":\"frobnicate\"}");
            assertThat(ddp.next().path("msg").asText()).isEqualTo("error");
            ddp.send("{\"msg\":\"ping\",\"id\":\"still-here\"}");
            assertThat(ddp.next().path("id").asText()).isEqualTo("still-here");
        }
    }

    @Test
    void a_method_frame_without_an_id_closes_the_socket_with_1002() throws Exception {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.send("{\"msg\":\"method\",\"method\":\"livechat:setUpConnection\",\"params\":[]}");
            assertThat(ddp.closedWith.get(5, TimeUnit.SECONDS)).isEqualTo(1002);
        }
    }

    @Test
    void an_oversized_frame_closes_the_socket_with_1009_and_others_are_unaffected() throws Exception {
        try (RawDdp big = RawDdp.connected(server.url()); RawDdp other = RawDdp.connected(server.url())) {
            big.trySend("{\"msg\":\"ping\",\"id\":\"" + "x".repeat(300 * 1024) + "\"}");
            // The server answers 1009 while the client may still be sending the rest of the frame; TCP can
            // then reset the connection before the client reads that close frame (-1 / 1006: closed abnormally).
            assertThat(big.closedWith.get(5, TimeUnit.SECONDS)).isIn(1009, 1006, -1);
            other.send("{\"msg\":\"ping\",\"id\":\"fine\"}");
            assertThat(other.next().path("id").asText()).isEqualTo("fine");
        }
    }

    @Test
    void a_binary_frame_is_ignored_and_one_over_1024_bytes_closes_the_socket_with_1009() throws Exception {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.trySendBinary(new byte[1024]);
            ddp.send("{\"msg\":\"ping\",\"id\":\"after-binary\"}");
            assertThat(ddp.next().path("id").asText()).isEqualTo("after-binary");
            ddp.trySendBinary(new byte[1025]);
            assertThat(ddp.closedWith.get(5, TimeUnit.SECONDS)).isIn(1009, 1006, -1);
        }
    }

    @Test
    void an_unknown_stream_and_an_empty_event_name_are_refused_with_nosub() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode unknown = ddp.sub("s1", "stream-nothing", "x", Map.of());
            assertThat(unknown.path("msg").asText()).isEqualTo("nosub");
            assertThat(unknown.path("error").path("error").asInt()).isEqualTo(404);
            JsonNode empty = ddp.sub("s2", "stream-room-messages", "", Map.of());
            assertThat(empty.path("error").path("error").asText()).isEqualTo("invalid-event-name");
        }
    }

    @Test
    void a_visitor_cannot_subscribe_to_a_room_its_token_does_not_own() {
        var visitor = server.client();
        String owner = TestServer.newToken();
        String rid = E2e.visitorRoom(visitor, owner).get("_id").asText();
        String stranger = TestServer.newToken();
        visitor.registerVisitor(stranger, Map.of());
        Map<String, String> strangerExtra = Map.of("token", stranger, "visitorToken", stranger);
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            for (String[] stream : List.of(new String[] {"stream-room-messages", rid},
                    new String[] {"stream-notify-room", rid + "/typing"}, new String[] {"stream-livechat-room", rid})) {
                JsonNode answer = ddp.sub("s-" + stream[0], stream[0], stream[1], strangerExtra);
                assertThat(answer).isEqualTo(E2e.json("{'msg':'nosub','id':'s-" + stream[0] + "','error':{'isClientSafe':true,"
                        + "'error':'not-allowed','message':'[not-allowed]','errorType':'Meteor.Error'}}"));
            }
            JsonNode own = ddp.sub("s-own", "stream-room-messages", rid, Map.of("token", owner, "visitorToken", owner));
            assertThat(own).isEqualTo(E2e.json("{'msg':'ready','subs':['s-own']}"));
        }
    }

    @Test
    void unsub_is_answered_with_nosub() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.send("{\"msg\":\"unsub\",\"id\":\"never-subscribed\"}");
            assertThat(ddp.nextText()).isEqualTo("{\"msg\":\"nosub\",\"id\":\"never-subscribed\"}");
        }
    }
}
