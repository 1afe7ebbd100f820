package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET livechat/room}, {@code POST livechat/room.close} and
 * {@code GET livechat/agent.info/:rid/:token} with hostile tokens and room ids. Another visitor's
 * room is answered exactly like a room that does not exist, and no refused call opens, closes or
 * reveals a room. Covers checklist (§7) items 4, 14, 15, 16, 33, 37 and 45.
 */
class BadInputRoomTest {
    private static World w;
    private static World.Visitor carol;
    private static String dave;

    @BeforeAll
    static void up() {
        w = World.start();
        carol = w.visitor("Carol");
        w.anon.closeRoom(carol.rid(), carol.token());
        dave = TestServer.newToken();
        w.anon.registerVisitor(dave, Map.of("name", "Dave"));
    }

    @AfterAll
    static void down() { w.close(); }

    @Test
    void room_without_a_usable_token_is_invalid_token_and_opens_nothing() {
        long rooms = w.roomsTotal();
        for (String q : List.of("", "?token=", "?token=nope", "?token%5B%24ne%5D=x", "?token=%7B%22%24ne%22%3Anull%7D",
                "?token=.*", "?rid=" + w.alice.rid())) {
            assertPlain(w.anon("GET", "livechat/room" + q, null), "invalid-token");
        }
        assertThat(w.roomsTotal()).isEqualTo(rooms);
    }

    @Test
    void room_refuses_array_and_repeated_scalar_parameters() {
        long rooms = w.roomsTotal();
        String t = dave;
        assertInvalidParams(w.anon("GET", "livechat/room?token%5B%5D=" + t, null));
        assertInvalidParams(w.anon("GET", "livechat/room?token=" + t + "&token=" + w.alice.token(), null));
        assertInvalidParams(w.anon("GET", "livechat/room?token=" + t + "&rid%5B%5D=" + w.alice.rid(), null));
        assertInvalidParams(w.anon("GET", "livechat/room?token=" + t + "&rid=a&rid=b", null));
        assertInvalidParams(w.anon("GET", "livechat/room?token=" + t + "&agentId=a&agentId=b", null));
        assertThat(w.roomsTotal()).isEqualTo(rooms);
    }

    @Test
    void another_visitors_room_is_answered_exactly_like_a_missing_one_and_nothing_is_opened() {
        long rooms = w.roomsTotal();
        RawResponse foreign = w.anon("GET", "livechat/room?token=" + dave + "&rid=" + w.alice.rid(), null);
        RawResponse missing = w.anon("GET", "livechat/room?token=" + dave + "&rid=nope", null);
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(missing.body());
        assertPlain(w.anon("GET", "livechat/room?token=" + w.bob.token() + "&rid=" + w.alice.rid(), null), "invalid-room");
        assertPlain(w.anon("GET", "livechat/room?token=" + carol.token() + "&rid=" + carol.rid(), null), "invalid-room");
        assertThat(foreign.body()).doesNotContain(w.alice.token()).doesNotContain("Alice");
        assertThat(w.roomsTotal()).isEqualTo(rooms);
        w.assertRoomUntouched(w.alice, w.messageCount(w.alice));
    }

    @Test
    void room_close_rejects_missing_and_mistyped_fields_and_closes_nothing() {
        long open = w.openRoomsTotal();
        String t = w.alice.token();
        assertMissing(w.anon("POST", "livechat/room.close", "{}"), "rid");
        assertMissing(w.anon("POST", "livechat/room.close", "{\"token\":\"" + t + "\"}"), "rid");
        assertMissing(w.anon("POST", "livechat/room.close", "{\"rid\":\"" + w.alice.rid() + "\"}"), "token");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/room.close", "{\"rid\":" + bad + ",\"token\":\"" + t + "\"}"));
            assertInvalidParams(w.anon("POST", "livechat/room.close", "{\"rid\":\"" + w.alice.rid() + "\",\"token\":" + bad + "}"));
        }
        assertInvalidParams(w.anon("POST", "livechat/room.close", "{\"rid\":{\"$gt\":\"\"},\"token\":{\"$ne\":null}}"));
        assertThat(w.openRoomsTotal()).isEqualTo(open);
    }

    @Test
    void room_close_of_a_foreign_missing_or_closed_room_is_refused_with_the_plain_codes() {
        long open = w.openRoomsTotal();
        int bobMessages = w.messageCount(w.bob);
        RawResponse foreign = w.anon("POST", "livechat/room.close", close(w.bob.rid(), w.alice.token()));
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(w.anon("POST", "livechat/room.close", close("nope", w.alice.token())).body());
        assertPlain(w.anon("POST", "livechat/room.close", close(w.bob.rid(), "nope")), "invalid-token");
        assertPlain(w.anon("POST", "livechat/room.close", close(w.bob.rid(), "")), "invalid-token");
        assertPlain(w.anon("POST", "livechat/room.close", close(carol.rid(), carol.token())), "room-closed");
        assertThat(w.openRoomsTotal()).isEqualTo(open);
        w.assertRoomUntouched(w.bob, bobMessages);
    }

    @Test
    void agent_info_of_a_foreign_or_unknown_room_or_token_reveals_no_agent() {
        RawResponse foreign = w.anon("GET", "livechat/agent.info/" + w.bob.rid() + "/" + w.alice.token(), null);
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).doesNotContain("agent1");
        assertThat(foreign.body()).isEqualTo(w.anon("GET", "livechat/agent.info/nope/" + w.alice.token(), null).body());
        assertPlain(w.anon("GET", "livechat/agent.info/" + w.alice.rid() + "/" + dave, null), "invalid-room");
        assertPlain(w.anon("GET", "livechat/agent.info/" + w.alice.rid() + "/nope", null), "invalid-token");
        assertPlain(w.anon("GET", "livechat/agent.info/%7B%22%24ne%22%3Anull%7D/" + w.alice.token(), null), "invalid-room");
        assertPlain(w.anon("GET", "livechat/agent.info/" + w.alice.rid() + "/%7B%22%24ne%22%3Anull%7D", null), "invalid-token");
    }

    private static String close(String rid, String token) {
        return "{\"rid\":\"" + rid + "\",\"token\":\"" + token + "\"}";
    }
}
