package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertFailure;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPermissionMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET livechat/rooms}, {@code POST livechat/room.closeByUser} and
 * {@code GET livechat/visitor/:token/room}, {@code PUT livechat/room.visitor} with abusive filters, JSON-in-query parameters, hostile
 * bodies and rooms the caller may not close: nothing is closed by a refused call, and a filter can
 * never widen what an agent may list. Covers checklist (§7) items 4, 7, 12, 14, 58 and 59.
 */
class BadInputRoomAdminTest {
    private static World w;
    private static RocketChatLivechat agent2;
    private static World.Visitor carol;

    @BeforeAll
    static void up() {
        w = World.start();
        agent2 = w.server.onlineAgent(w.admin, "agent2");
        carol = w.visitor("Carol");
        w.anon.closeRoom(carol.rid(), carol.token());
    }

    @AfterAll
    static void down() { w.close(); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void rooms_refuses_abusive_pagination_sort_and_scalar_filters() {
        for (String query : List.of("offset=-1", "offset=x", "count=-5", "count=1e3", "count=1&count=2", "sort=nope",
                "sort=" + enc("{\"password\":1}"), "sort=" + enc("{\"ts\":\"asc\"}"), "sort=" + enc("[\"ts\"]"),
                "open=maybe", "open=1", "queued=yes", "departmentId%5B%5D=x", "departmentId=a&departmentId=b",
                "roomName=a&roomName=b", "roomName%5B%5D=a")) {
            assertInvalidParams(w.asAdmin("GET", "livechat/rooms?" + query, null));
        }
    }

    @Test
    void rooms_refuses_date_ranges_that_are_not_json_objects_of_iso_dates() {
        for (String name : List.of("createdAt", "closedAt")) {
            for (String value : List.of("yesterday", "[1,2]", "\"2024-01-01\"", "{\"start\":{\"$gt\":\"\"}}",
                    "{\"start\":\"yesterday\"}", "{\"end\":1700000000000}", "{\"start\":\"2024-13-45T00:00:00Z\"}",
                    "{\"start\":\"+1000000000-01-01T00:00:00Z\"}", "{\"end\":\"-1000000000-01-01T00:00:00Z\"}",
                    "{\"start\":\"2024-01-01T00:00:00Z\"")) {
                assertInvalidParams(w.asAdmin("GET", "livechat/rooms?" + name + "=" + enc(value), null));
            }
        }
    }

    @Test
    void custom_fields_that_are_not_a_json_object_give_the_exact_upstream_error() {
        for (String value : List.of("nope", "{\"a\":", "[1]", "\"x\"", "42", "null")) {
            assertPlain(w.asAdmin("GET", "livechat/rooms?customFields=" + enc(value), null),
                    "The \"customFields\" query parameter must be a valid JSON.");
        }
        assertInvalidParams(w.asAdmin("GET", "livechat/rooms?customFields=" + enc("{\"plan\":{\"$ne\":null}}"), null));
        assertInvalidParams(w.asAdmin("GET", "livechat/rooms?customFields=" + enc("{\"plan\":[\"a\"]}"), null));
    }

    @Test
    void an_agent_cannot_widen_its_own_room_listing_with_operator_shaped_agent_filters() {
        String self = w.agent.userId();
        for (String query : List.of("agents%5B%24ne%5D=" + self, "agents%5B%5D=" + self + "&agents%5B%5D=" + w.admin.userId(),
                "agents=" + enc("{\"$ne\":null}"), "agents%5B%5D=" + enc("{\"$ne\":null}"), "")) {
            assertPermissionMissing(w.asAgent("GET", "livechat/rooms?" + query, null));
        }
        var own = w.asAgent("GET", "livechat/rooms?agents%5B%5D=" + self, null);
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void close_by_user_refuses_missing_and_mistyped_members_and_closes_nothing() {
        long open = w.openRoomsTotal();
        assertMissing(w.asAdmin("POST", "livechat/room.closeByUser", "{}"), "rid");
        assertMissing(w.asAdmin("POST", "livechat/room.closeByUser", "{\"comment\":\"x\"}"), "rid");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", "livechat/room.closeByUser", "{\"rid\":" + bad + "}"));
            assertInvalidParams(w.asAdmin("POST", "livechat/room.closeByUser",
                    "{\"rid\":\"" + w.alice.rid() + "\",\"comment\":" + bad + "}"));
        }
        assertInvalidParams(w.asAdmin("POST", "livechat/room.closeByUser", "{\"rid\":\"" + w.alice.rid() + "\",\"tags\":\"vip\"}"));
        assertInvalidParams(w.asAdmin("POST", "livechat/room.closeByUser",
                "{\"rid\":\"" + w.alice.rid() + "\",\"tags\":[{\"$ne\":null}]}"));
        assertThat(w.openRoomsTotal()).isEqualTo(open);
        assertThat(w.isOpen(w.alice)).isTrue();
    }

    @Test
    void close_by_user_of_an_unknown_closed_or_foreign_room_is_refused_with_its_code() {
        long open = w.openRoomsTotal();
        for (String rid : List.of("nope", ".*", "{\\\"$ne\\\":null}")) {
            assertCoded(w.asAdmin("POST", "livechat/room.closeByUser", "{\"rid\":\"" + rid + "\"}"),
                    "error-invalid-room", "Invalid room");
        }
        assertCoded(w.asAdmin("POST", "livechat/room.closeByUser", "{\"rid\":\"" + carol.rid() + "\"}"),
                "error-room-already-closed", "Room is already closed");
        assertFailure(agent2.raw("POST", "livechat/room.closeByUser", "{\"rid\":\"" + w.alice.rid() + "\"}", java.util.Map.of()),
                403, "Not authorized [error-not-authorized]", "error-not-authorized");
        assertThat(w.openRoomsTotal()).isEqualTo(open);
        assertThat(w.isOpen(w.alice)).isTrue();
        assertThat(w.isOpen(w.bob)).isTrue();
    }

    @Test
    void the_rooms_of_an_unknown_or_operator_shaped_token_are_invalid_token() {
        for (String token : List.of("nope", enc("{\"$ne\":null}"), "%24ne", ".*")) {
            assertPlain(w.asAdmin("GET", "livechat/visitor/" + token + "/room", null), "invalid-token");
        }
    }

    @Test
    void room_visitor_refuses_missing_and_non_string_ids_and_changes_nothing() {
        String body = "{\"rid\":\"" + w.alice.rid() + "\",\"newVisitorId\":\"x\",\"oldVisitorId\":\"y\"}";
        assertMissing(w.asAdmin("PUT", "livechat/room.visitor", "{}"), "rid");
        for (String field : List.of("rid", "newVisitorId", "oldVisitorId")) {
            for (String bad : NOT_STRINGS) {
                assertInvalidParams(w.asAdmin("PUT", "livechat/room.visitor",
                        body.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(bad))));
            }
        }
        assertInvalidParams(w.asAdmin("PUT", "livechat/room.visitor", "[1,2]"));
        assertPlain(w.asAdmin("PUT", "livechat/room.visitor", body), "invalid-visitor");
        assertThat(w.isOpen(w.alice)).isTrue();
    }
}
