package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What arrives before any endpoint logic: malformed JSON on every endpoint that takes a body, bodies
 * over the configured limit (with and without a Content-Length), broken URL escapes, oversized
 * headers, invalid UTF-8, deep nesting, unknown routes and unsupported methods. Every answer is a 4xx
 * in Rocket.Chat's envelope, and none of these requests writes anything. Covers checklist (§7) items
 * 4, 5 and 14.
 */
class BadInputTransportTest {
    private static final List<String> MALFORMED = List.of("{\"a\":", "{\"token\":\"abc\"", "not json", "[1,2]",
            "\"a string\"", "42", "true", "{\"a\":1} trailing", "{'single':'quotes'}", "{\"a\":1,}", "{a:1}", "}",
            "{\"a\":\"\\x\"}", "[".repeat(10_000));
    private static World w;
    private static String departmentId;
    private static long rooms;
    private static long openRooms;
    private static int aliceMessages;

    @BeforeAll
    static void up() {
        w = World.start();
        departmentId = w.admin.createDepartment(Map.of("name", "Support"), List.of()).path("department").path("_id").asText();
        rooms = w.roomsTotal();
        openRooms = w.openRoomsTotal();
        aliceMessages = w.messageCount(w.alice);
    }

    @AfterAll
    static void down() { w.close(); }

    /** client, method, path of every route that reads a JSON body. */
    private static List<Object[]> bodyRoutes() {
        RocketChatLivechat a = w.admin;
        RocketChatLivechat v = w.anon;
        return List.of(new Object[] {v, "POST", "login"}, new Object[] {v, "POST", "users.register"},
                new Object[] {a, "POST", "users.create"}, new Object[] {a, "POST", "users.setStatus"},
                new Object[] {a, "POST", "settings/Livechat_title"}, new Object[] {a, "POST", "livechat/appearance"},
                new Object[] {v, "POST", "livechat/visitor"}, new Object[] {v, "POST", "livechat/visitor.status"},
                new Object[] {v, "POST", "livechat/custom.field"}, new Object[] {v, "POST", "livechat/custom.fields"},
                new Object[] {v, "POST", "livechat/page.visited"}, new Object[] {v, "POST", "livechat/room.close"},
                new Object[] {v, "POST", "livechat/message"}, new Object[] {a, "POST", "livechat/inquiries.take"},
                new Object[] {a, "POST", "livechat/users/agent"}, new Object[] {a, "POST", "livechat/department"},
                new Object[] {a, "PUT", "livechat/department/" + departmentId},
                new Object[] {a, "POST", "livechat/room.closeByUser"}, new Object[] {w.agent, "POST", "chat.sendMessage"},
                new Object[] {v, "PUT", "livechat/message/" + w.alice.messageId()},
                new Object[] {v, "DELETE", "livechat/message/" + w.alice.messageId()});
    }

    private static void assertNothingWritten() {
        assertThat(w.roomsTotal()).isEqualTo(rooms);
        assertThat(w.openRoomsTotal()).isEqualTo(openRooms);
        assertThat(w.messageCount(w.alice)).isEqualTo(aliceMessages);
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
        assertThat(w.departmentsTotal()).isEqualTo(1);
        assertThat(w.usersTotal("agent")).isEqualTo(1);
        assertThat(w.admin.getDepartment(departmentId).path("department").path("name").asText()).isEqualTo("Support");
    }

    @Test
    void malformed_json_is_invalid_params_on_every_endpoint_that_takes_a_body() {
        for (Object[] route : bodyRoutes()) {
            for (String body : MALFORMED) {
                boolean arrayEndpoint = route[2].equals("livechat/appearance");
                if (arrayEndpoint && body.equals("[1,2]")) continue; // an array is the right shape there
                RawResponse r = ((RocketChatLivechat) route[0]).raw((String) route[1], (String) route[2], body, Map.of());
                assertInvalidParams(r);
            }
        }
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            assertInvalidParams(w.anon("POST", "livechat/message", "token=" + w.alice.token() + "&rid=" + w.alice.rid()
                    + "&msg=form", Map.of("Content-Type", type)));
        }
        assertNothingWritten();
    }

    @Test
    void a_body_over_the_limit_is_refused_on_every_endpoint_that_takes_a_body() {
        String big = "{\"x\":\"" + "b".repeat(2 * World.BODY_LIMIT) + "\"}";
        for (Object[] route : bodyRoutes()) {
            RawResponse r = ((RocketChatLivechat) route[0]).raw((String) route[1], (String) route[2], big, Map.of());
            assertClientError(r);
        }
        for (String path : List.of("/api/v1/livechat/visitor", "/api/v1/login", "/api/v1/livechat/room.close")) {
            assertClientError(RawHttp.chunked(w.server.port(), path, "{\"visitor\":{\"token\":\"", 'c', 2 * World.BODY_LIMIT, "\"}}"));
        }
        assertNothingWritten();
    }

    @Test
    void broken_url_escapes_and_nul_bytes_in_the_url_get_the_envelope() {
        int port = w.server.port();
        for (String target : List.of("/api/v1/livechat/visitor/%zz", "/api/v1/livechat/visitor/a%00b",
                "/api/v1/livechat/messages.history/%E0%A4?token=x", "/api/v1/livechat/room?token=%zz",
                "/api/v1/livechat/messages.history/x?token=%", "/api/v1/livechat/room?token=a%00b", "/api/v1/me?%zz=1")) {
            RawResponse r = RawHttp.send(port, "GET", target, null);
            assertClientError(r);
        }
        assertInvalidParams(w.anon("GET", "livechat/room?token=" + w.alice.token() + "%00", null));
        assertInvalidParams(w.anon("GET", "livechat/messages.history/" + w.alice.rid() + "?token=" + w.alice.token() + "%00", null));
        assertNothingWritten();
    }

    @Test
    void invalid_utf8_in_a_body_is_invalid_params() {
        byte[] prefix = ("{\"visitor\":{\"token\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 5];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        byte[] tail = {(byte) 0xC3, (byte) 0x28, '"', '}', '}'};
        System.arraycopy(tail, 0, body, prefix.length, tail.length);
        assertInvalidParams(RawHttp.send(w.server.port(), "POST", "/api/v1/livechat/visitor", body));
        assertNothingWritten();
    }

    @Test
    void oversized_headers_and_uris_are_refused_in_the_envelope_and_the_client_can_go_on() {
        RawResponse r = w.anon("GET", "livechat/config", null, Map.of("X-Visitor-Token", "h".repeat(100_000)));
        assertClientError(r);
        assertThat(r.status()).isEqualTo(431);
        assertClientError(w.anon("GET", "me", null, Map.of("X-User-Id", "u", "X-Auth-Token", "t".repeat(100_000))));
        RawResponse longUri = w.anon("GET", "livechat/visitor/" + World.random(20_000), null);
        assertClientError(longUri);
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(w.anon("POST", "livechat/visitor.status",
                "{\"token\":\"" + w.alice.token() + "\",\"status\":\"online\"}").status())
                .as("the next request of the same client is answered").isEqualTo(200);
    }

    @Test
    void unknown_routes_under_api_v1_are_resource_not_found() {
        for (String path : List.of("nope", "livechat/nope", "livechat/visitors", "livechat/room.delete", "livechat/nope/deeper",
                "livechat/users/agent/x/y", "livechat/config.json", "")) {
            assertNotFound(w.anon("GET", path, null));
            assertNotFound(w.anon("POST", path, "{}"));
        }
        assertNotFound(w.asAdmin("GET", "livechat/rooms/secret", null));
        assertNotFound(w.anon("GET", "/api/v2/livechat/config", null));
    }

    @Test
    void an_unsupported_method_on_a_known_path_is_resource_not_found() {
        String t = w.alice.token();
        String[][] cases = {{"PUT", "login"}, {"DELETE", "me"}, {"GET", "users.register"}, {"PATCH", "livechat/message"},
                {"GET", "livechat/message"}, {"DELETE", "livechat/room"}, {"POST", "livechat/config"},
                {"PUT", "livechat/visitor/" + t}, {"GET", "livechat/room.close"}, {"POST", "livechat/rooms"},
                {"PATCH", "settings/Livechat_title"}, {"DELETE", "livechat/appearance"}, {"GET", "livechat/inquiries.take"},
                {"PUT", "livechat/users/agent"}, {"PUT", "livechat/department"}, {"GET", "livechat/room.closeByUser"},
                {"POST", "livechat/visitor/" + t + "/room"}, {"DELETE", "livechat/messages.history/" + w.alice.rid()}};
        for (String[] c : cases) {
            assertNotFound(w.asAdmin(c[0], c[1], c[0].equals("GET") || c[0].equals("DELETE") ? null : "{}"));
        }
        assertNothingWritten();
    }
}
