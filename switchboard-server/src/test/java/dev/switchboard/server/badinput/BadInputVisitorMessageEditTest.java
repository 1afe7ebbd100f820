package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET}, {@code PUT} and {@code DELETE livechat/message/:_id} with hostile bodies and queries,
 * unknown ids and tokens, foreign rooms, another visitor's message and an agent's message: no refused
 * request changes or removes a message, and another visitor's room or message is indistinguishable
 * from a missing one. Covers checklist (§7) items 4, 14, 15, 16 and 41.
 */
class BadInputVisitorMessageEditTest {
    private static final String PATH = "livechat/message/";
    private static World w;
    private static String agentMessageId;
    private JsonNode aliceMessage;
    private JsonNode bobMessage;

    @BeforeAll
    static void up() {
        w = World.start();
        agentMessageId = w.agent.chatSendMessage(w.alice.rid(), "from the agent").at("/message/_id").asText();
    }

    @AfterAll
    static void down() { w.close(); }

    @BeforeEach
    void snapshot() {
        aliceMessage = message(w.alice, w.alice.messageId());
        bobMessage = message(w.bob, w.bob.messageId());
    }

    private static JsonNode message(World.Visitor v, String id) {
        return w.anon.getMessage(id, v.token(), v.rid()).path("message");
    }

    /** Both visitors' messages are exactly as they were. */
    private void assertUntouched() {
        assertThat(message(w.alice, w.alice.messageId())).isEqualTo(aliceMessage);
        assertThat(message(w.bob, w.bob.messageId())).isEqualTo(bobMessage);
        assertThat(message(w.alice, agentMessageId).path("msg").asText()).isEqualTo("from the agent");
    }

    private static String q(String s) { return "\"" + s + "\""; }

    private static String edit(String token, String rid, String msg) {
        return "{\"token\":" + token + ",\"rid\":" + rid + ",\"msg\":" + msg + "}";
    }

    private static String del(String token, String rid) { return "{\"token\":" + token + ",\"rid\":" + rid + "}"; }

    @Test
    void missing_members_are_named_for_every_method() {
        String id = PATH + w.alice.messageId();
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        assertMissing(w.anon("GET", id, null), "token");
        assertMissing(w.anon("GET", id + "?token=" + w.alice.token(), null), "rid");
        assertMissing(w.anon("PUT", id, "{}"), "token");
        assertMissing(w.anon("PUT", id, null), "token");
        assertMissing(w.anon("PUT", id, "{\"token\":" + t + "}"), "rid");
        assertMissing(w.anon("PUT", id, "{\"token\":" + t + ",\"rid\":" + rid + "}"), "msg");
        assertMissing(w.anon("PUT", id, edit(t, rid, "null")), "msg");
        assertMissing(w.anon("DELETE", id, null), "token");
        assertMissing(w.anon("DELETE", id, "{\"token\":" + t + "}"), "rid");
        assertUntouched();
    }

    @Test
    void wrong_types_malformed_json_and_nul_characters_are_invalid_params() {
        String id = PATH + w.alice.messageId();
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("PUT", id, edit(bad, rid, q("x"))));
            assertInvalidParams(w.anon("PUT", id, edit(t, bad, q("x"))));
            assertInvalidParams(w.anon("PUT", id, edit(t, rid, bad)));
            assertInvalidParams(w.anon("DELETE", id, del(bad, rid)));
            assertInvalidParams(w.anon("DELETE", id, del(t, bad)));
        }
        for (String malformed : List.of("{\"token\":", "not json", "[1,2]", "\"a string\"", "{a:1}")) {
            assertInvalidParams(w.anon("PUT", id, malformed));
            assertInvalidParams(w.anon("DELETE", id, malformed));
        }
        assertInvalidParams(w.anon("PUT", id, edit(t, rid, q("a\\u0000b"))));
        assertInvalidParams(w.anon("GET", id + "?token%5B%5D=" + w.alice.token() + "&rid=" + w.alice.rid(), null));
        assertInvalidParams(w.anon("GET", id + "?token=" + w.alice.token() + "&rid=" + w.alice.rid() + "&rid=" + w.bob.rid(), null));
        assertInvalidParams(w.anon("GET", id + "?token=" + w.alice.token() + "%00&rid=" + w.alice.rid(), null));
        assertUntouched();
    }

    @Test
    void an_edit_over_the_message_cap_is_refused() {
        for (int length : new int[] {20_001, 900_000}) {
            assertPlain(w.anon("PUT", PATH + w.alice.messageId(), edit(q(w.alice.token()), q(w.alice.rid()), q("y".repeat(length)))),
                    "message-length-exceeds-character-limit");
        }
        assertClientError(w.anon("PUT", PATH + w.alice.messageId(),
                edit(q(w.alice.token()), q(w.alice.rid()), q("z".repeat(2 * World.BODY_LIMIT)))));
        assertUntouched();
    }

    @Test
    void unknown_tokens_rooms_and_ids_are_plain_errors_for_every_method() {
        String id = PATH + w.alice.messageId();
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        assertPlain(w.anon("GET", id + "?token=nope&rid=" + w.alice.rid(), null), "invalid-token");
        assertPlain(w.anon("GET", id + "?token=&rid=" + w.alice.rid(), null), "invalid-token");
        assertPlain(w.anon("PUT", id, edit(q("nope"), rid, q("x"))), "invalid-token");
        assertPlain(w.anon("DELETE", id, del(q(""), rid)), "invalid-token");
        assertPlain(w.anon("GET", id + "?token=" + w.alice.token() + "&rid=nope", null), "invalid-room");
        assertPlain(w.anon("PUT", id, edit(t, q("nope"), q("x"))), "invalid-room");
        assertPlain(w.anon("DELETE", id, del(t, q("nope"))), "invalid-room");
        for (String unknown : List.of("nope", "%7B%22%24ne%22%3Anull%7D", World.random(300))) {
            assertPlain(w.anon("GET", PATH + unknown + "?token=" + w.alice.token() + "&rid=" + w.alice.rid(), null), "invalid-message");
            assertPlain(w.anon("PUT", PATH + unknown, edit(t, rid, q("x"))), "invalid-message");
            assertPlain(w.anon("DELETE", PATH + unknown, del(t, rid)), "invalid-message");
        }
        assertUntouched();
    }

    @Test
    void a_token_that_does_not_own_the_room_gets_invalid_room_exactly_like_a_missing_room() {
        String bobsMessage = PATH + w.bob.messageId();
        String t = q(w.alice.token());
        RawResponse foreign = w.anon("PUT", bobsMessage, edit(t, q(w.bob.rid()), q("spoof")));
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(w.anon("PUT", bobsMessage, edit(t, q("nope"), q("spoof"))).body());
        assertPlain(w.anon("DELETE", bobsMessage, del(t, q(w.bob.rid()))), "invalid-room");
        RawResponse read = w.anon("GET", bobsMessage + "?token=" + w.alice.token() + "&rid=" + w.bob.rid(), null);
        assertPlain(read, "invalid-room");
        assertThat(read.body()).doesNotContain("hello from Bob");
        assertUntouched();
    }

    @Test
    void another_visitors_message_named_with_ones_own_room_is_invalid_message_like_a_missing_one() {
        String bobsMessage = PATH + w.bob.messageId();
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        RawResponse read = w.anon("GET", bobsMessage + "?token=" + w.alice.token() + "&rid=" + w.alice.rid(), null);
        assertPlain(read, "invalid-message");
        assertThat(read.body()).doesNotContain("hello from Bob");
        RawResponse put = w.anon("PUT", bobsMessage, edit(t, rid, q("spoof")));
        assertPlain(put, "invalid-message");
        assertThat(put.body()).isEqualTo(w.anon("PUT", PATH + "nope", edit(t, rid, q("spoof"))).body());
        assertPlain(w.anon("DELETE", bobsMessage, del(t, rid)), "invalid-message");
        assertUntouched();
    }

    @Test
    void the_agents_message_in_ones_own_room_may_be_read_but_not_changed() {
        String agents = PATH + agentMessageId;
        String t = q(w.alice.token());
        String rid = q(w.alice.rid());
        assertCoded(w.anon("PUT", agents, edit(t, rid, q("rewritten"))), "error-action-not-allowed", "Message editing not allowed");
        assertCoded(w.anon("DELETE", agents, del(t, rid)), "error-action-not-allowed", "Message deleting not allowed");
        assertThat(w.anon("GET", agents + "?token=" + w.alice.token() + "&rid=" + w.alice.rid(), null).status()).isEqualTo(200);
        assertUntouched();
    }

    @Test
    void an_unsupported_method_on_a_message_is_resource_not_found() {
        for (String method : List.of("POST", "PATCH")) {
            Envelope.assertNotFound(w.anon(method, PATH + w.alice.messageId(),
                    del(q(w.alice.token()), q(w.alice.rid()))));
        }
        Envelope.assertNotFound(w.asAgent("GET", "chat.sendMessage", null));
        assertUntouched();
        assertThat(w.anon.getMessage(w.alice.messageId(), w.alice.token(), w.alice.rid()).path("success").asBoolean()).isTrue();
    }
}
