package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST livechat/message} and {@code GET livechat/messages.history/:rid} with hostile bodies,
 * oversized texts, foreign rooms and abusive query parameters: no refused send adds a message, and
 * another visitor's room is indistinguishable from a missing one. Covers checklist (§7) items 4, 14,
 * 15, 16, 40 and 42.
 */
class BadInputMessageTest {
    private static World w;
    private static World.Visitor carol;

    @BeforeAll
    static void up() {
        w = World.start();
        carol = w.visitor("Carol");
        w.anon.closeRoom(carol.rid(), carol.token());
    }

    @AfterAll
    static void down() { w.close(); }

    private static String msg(String token, String rid, String text) {
        return "{\"token\":" + token + ",\"rid\":" + rid + ",\"msg\":" + text + "}";
    }

    private static String q(String s) { return "\"" + s + "\""; }

    @Test
    void a_message_missing_a_required_field_names_that_field() {
        int before = w.messageCount(w.alice);
        assertMissing(w.anon("POST", "livechat/message", "{}"), "token");
        assertMissing(w.anon("POST", "livechat/message", "{\"token\":" + q(w.alice.token()) + "}"), "rid");
        assertMissing(w.anon("POST", "livechat/message", "{\"token\":" + q(w.alice.token()) + ",\"rid\":" + q(w.alice.rid()) + "}"), "msg");
        assertMissing(w.anon("POST", "livechat/message", msg(q(w.alice.token()), q(w.alice.rid()), "null")), "msg");
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void operator_objects_and_other_non_strings_are_refused_in_every_member() {
        int before = w.messageCount(w.alice);
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/message", msg(bad, rid, q("x"))));
            assertInvalidParams(w.anon("POST", "livechat/message", msg(t, bad, q("x"))));
            assertInvalidParams(w.anon("POST", "livechat/message", msg(t, rid, bad)));
            assertInvalidParams(w.anon("POST", "livechat/message",
                    "{\"token\":" + t + ",\"rid\":" + rid + ",\"msg\":\"x\",\"_id\":" + bad + "}"));
        }
        assertInvalidParams(w.anon("POST", "livechat/message", msg("{\"$ne\":null}", "{\"$gt\":\"\"}", q("x"))));
        assertInvalidParams(w.anon("POST", "livechat/message", "{\"token\":" + t + ",\"rid\":" + rid
                + ",\"rid\":{\"$gt\":\"\"},\"msg\":\"duplicate keys\"}"));
        assertInvalidParams(w.anon("POST", "livechat/message",
                "{\"token\":" + t + ",\"rid\":" + rid + ",\"msg\":\"x\",\"agent\":\"agent1\"}"));
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void unknown_tokens_and_foreign_missing_or_closed_rooms_add_no_message() {
        int alice = w.messageCount(w.alice);
        int bob = w.messageCount(w.bob);
        assertPlain(w.anon("POST", "livechat/message", msg(q("nope"), q(w.alice.rid()), q("x"))), "invalid-token");
        assertPlain(w.anon("POST", "livechat/message", msg(q(""), q(w.alice.rid()), q("x"))), "invalid-token");
        RawResponse foreign = w.anon("POST", "livechat/message", msg(q(w.alice.token()), q(w.bob.rid()), q("spoof")));
        RawResponse missing = w.anon("POST", "livechat/message", msg(q(w.alice.token()), q("nope"), q("spoof")));
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(missing.body());
        assertPlain(w.anon("POST", "livechat/message", msg(q(carol.token()), q(carol.rid()), q("late"))), "room-closed");
        assertThat(w.messageCount(w.alice)).isEqualTo(alice);
        assertThat(w.messageCount(w.bob)).isEqualTo(bob);
    }

    @Test
    void texts_over_the_message_cap_are_refused_and_nothing_is_written() {
        int before = w.messageCount(w.alice);
        for (int length : new int[] {20_001, 900_000}) {
            assertPlain(w.anon("POST", "livechat/message", msg(q(w.alice.token()), q(w.alice.rid()), q("y".repeat(length)))),
                    "message-length-exceeds-character-limit");
        }
        w.assertRoomUntouched(w.alice, before);
    }

    @Test
    void a_body_over_the_configured_limit_is_refused_and_nothing_is_written() {
        int before = w.messageCount(w.alice);
        String big = "z".repeat(2 * World.BODY_LIMIT);
        assertClientError(w.anon("POST", "livechat/message", msg(q(w.alice.token()), q(w.alice.rid()), q(big))));
        assertClientError(RawHttp.chunked(w.server.port(), "/api/v1/livechat/message",
                "{\"token\":" + q(w.alice.token()) + ",\"rid\":" + q(w.alice.rid()) + ",\"msg\":\"", 'z', 2 * World.BODY_LIMIT, "\"}"));
        w.assertRoomUntouched(w.alice, before);
    }

    @Test
    void nul_characters_and_overlong_client_ids_never_reach_the_database() {
        int before = w.messageCount(w.alice);
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        assertInvalidParams(w.anon("POST", "livechat/message", msg(t, rid, q("a\\u0000b"))));
        assertInvalidParams(w.anon("POST", "livechat/message", msg(t, q(w.alice.rid() + "\\u0000"), q("x"))));
        assertInvalidParams(w.anon("POST", "livechat/message",
                "{\"token\":" + t + ",\"rid\":" + rid + ",\"msg\":\"x\",\"_id\":" + q(World.random(20_000)) + "}"));
        w.assertRoomUntouched(w.alice, before);
    }

    @Test
    void reusing_another_visitors_message_id_is_refused_and_writes_nothing() {
        int alice = w.messageCount(w.alice);
        RawResponse r = w.anon("POST", "livechat/message", "{\"token\":" + q(w.alice.token()) + ",\"rid\":"
                + q(w.alice.rid()) + ",\"msg\":\"hijack\",\"_id\":" + q(w.bob.messageId()) + "}");
        assertClientError(r);
        assertThat(r.status()).isEqualTo(400);
        w.assertRoomUntouched(w.alice, alice);
        assertThat(w.anon.messagesHistory(w.bob.rid(), w.bob.token(), java.util.Map.of()).toString())
                .contains("hello from Bob").doesNotContain("hijack");
    }

    @Test
    void history_requires_a_token_and_refuses_foreign_and_unknown_rooms() {
        String path = "livechat/messages.history/";
        assertPlain(w.anon("GET", path + w.alice.rid(), null), "error-token-param-not-provided");
        assertPlain(w.anon("GET", path + w.alice.rid() + "?token=", null), "error-token-param-not-provided");
        assertPlain(w.anon("GET", path + w.alice.rid() + "?token%5B%24ne%5D=x", null), "error-token-param-not-provided");
        assertPlain(w.anon("GET", path + w.alice.rid() + "?token=nope", null), "invalid-token");
        RawResponse foreign = w.anon("GET", path + w.bob.rid() + "?token=" + w.alice.token(), null);
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).doesNotContain("hello from Bob");
        assertThat(foreign.body()).isEqualTo(w.anon("GET", path + "nope?token=" + w.alice.token(), null).body());
        assertPlain(w.anon("GET", path + "%7B%22%24ne%22%3Anull%7D?token=" + w.alice.token(), null), "invalid-room");
    }

    @Test
    void history_refuses_abusive_query_parameters() {
        String base = "livechat/messages.history/" + w.alice.rid() + "?token=" + w.alice.token();
        for (String extra : List.of("&limit=abc", "&limit=-1", "&limit=99999999999", "&limit=1&limit=2", "&offset=x",
                "&offset=-5", "&offset=1.5", "&end=yesterday", "&end=%2B1000000000-01-01T00%3A00%3A00Z",
                "&end=99999999999999999999", "&end%5B%5D=1")) {
            assertInvalidParams(w.anon("GET", base + extra, null));
        }
        assertInvalidParams(w.anon("GET", base + "&token=" + w.bob.token(), null));
        assertInvalidParams(w.anon("GET", "livechat/messages.history/" + w.alice.rid() + "?token%5B%5D=" + w.alice.token(), null));
    }
}
