package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertForbidden;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static dev.switchboard.server.badinput.Envelope.assertUnauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST chat.sendMessage} (an agent's reply) with hostile bodies, missing or foreign
 * credentials, other people's rooms, closed and unknown rooms: no refused reply adds a message. The
 * rooms of Alice and Bob are served by agent1; agent2 is an online agent serving nothing. Covers
 * checklist (§7) items 4, 6, 7, 14 and 16.
 */
class BadInputChatSendMessageTest {
    private static final String PATH = "chat.sendMessage";
    private static World w;
    private static World.Visitor carol;
    private static RocketChatLivechat agent2;

    @BeforeAll
    static void up() {
        w = World.start();
        carol = w.visitor("Carol");
        w.anon.closeRoom(carol.rid(), carol.token());
        agent2 = w.server.onlineAgent(w.admin, "agent2");
    }

    @AfterAll
    static void down() { w.close(); }

    private static String q(String s) { return "\"" + s + "\""; }

    private static String send(String rid, String msg) { return "{\"message\":{\"rid\":" + rid + ",\"msg\":" + msg + "}}"; }

    @Test
    void a_body_without_message_rid_or_msg_names_the_missing_member() {
        int before = w.messageCount(w.alice);
        assertMissing(w.asAgent("POST", PATH, "{}"), "message");
        assertMissing(w.asAgent("POST", PATH, null), "message");
        assertMissing(w.asAgent("POST", PATH, "{\"message\":null}"), "message");
        assertMissing(w.asAgent("POST", PATH, "{\"message\":{\"msg\":\"x\"}}"), "message.rid");
        assertMissing(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + q(w.alice.rid()) + "}}"), "message.msg");
        assertMissing(w.asAgent("POST", PATH, send(q(w.alice.rid()), "null")), "message.msg");
        assertMissing(w.asAgent("POST", PATH, "{\"rid\":" + q(w.alice.rid()) + ",\"msg\":\"flat\"}"), "message");
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void wrong_types_in_every_member_are_invalid_params() {
        int before = w.messageCount(w.alice);
        String rid = q(w.alice.rid());
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAgent("POST", PATH, send(bad, q("x"))));
            assertInvalidParams(w.asAgent("POST", PATH, send(rid, bad)));
            assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"msg\":\"x\",\"_id\":" + bad + "}}"));
            assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"msg\":\"x\",\"t\":" + bad + "}}"));
        }
        for (String notAnObject : new String[] {"\"hello\"", "[\"a\"]", "42", "true"}) {
            assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":" + notAnObject + "}"));
        }
        assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"msg\":\"x\"},\"previewUrls\":\"u\"}"));
        assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"msg\":\"x\"},\"previewUrls\":[1]}"));
        assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"rid\":{\"$gt\":\"\"},\"msg\":\"dup\"}}"));
        assertInvalidParams(w.asAgent("POST", PATH, send(rid, q("a\\u0000b"))));
        assertInvalidParams(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + rid + ",\"msg\":\"x\",\"_id\":"
                + q(World.random(300)) + "}}"));
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void a_system_message_type_is_refused_with_upstreams_wording() {
        int before = w.messageCount(w.alice);
        assertPlain(w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + q(w.alice.rid()) + ",\"msg\":\"bye\",\"t\":\"livechat-close\"}}"),
                "Cannot send system messages using 'chat.sendMessage'");
        assertThat(w.isOpen(w.alice)).isTrue();
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void texts_over_the_limit_and_bodies_over_the_configured_size_are_refused() {
        int before = w.messageCount(w.alice);
        RawResponse tooLong = w.asAgent("POST", PATH, send(q(w.alice.rid()), q("y".repeat(20_001))));
        assertCoded(tooLong, "error-message-size-exceeded", "Message size exceeds Message_MaxAllowedSize");
        assertClientError(w.asAgent("POST", PATH, send(q(w.alice.rid()), q("z".repeat(2 * World.BODY_LIMIT)))));
        w.assertRoomUntouched(w.alice, before);
    }

    @Test
    void without_or_with_wrong_credentials_the_answer_is_401_and_nothing_is_written() {
        int before = w.messageCount(w.alice);
        String body = send(q(w.alice.rid()), q("anonymous"));
        assertUnauthenticated(w.anon("POST", PATH, body));
        assertUnauthenticated(w.anon("POST", PATH, body, Map.of("X-User-Id", w.agent.userId(), "X-Auth-Token", "wrong")));
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void users_who_neither_serve_the_room_nor_may_view_all_rooms_are_forbidden() {
        int before = w.messageCount(w.alice);
        for (RawResponse r : new RawResponse[] {
                w.asPlain("POST", PATH, send(q(w.alice.rid()), q("plain user"))),
                agent2.raw("POST", PATH, send(q(w.alice.rid()), q("other agent")), Map.of())}) {
            assertForbidden(r);
            assertThat(r.json()).isEqualTo(Envelope.json("{\"success\":false,\"error\":\"error-not-allowed\"}"));
        }
        assertThat(w.messageCount(w.alice)).isEqualTo(before);
    }

    @Test
    void unknown_closed_and_injection_shaped_rooms_add_no_message() {
        int carolBefore = w.messageCount(carol);
        assertPlain(w.asAgent("POST", PATH, send(q("nope"), q("x"))), "error-invalid-room");
        assertPlain(w.asAgent("POST", PATH, send(q("{\\\"$ne\\\":null}"), q("x"))), "error-invalid-room");
        assertPlain(w.asAgent("POST", PATH, send(q(""), q("x"))), "error-invalid-room");
        assertPlain(w.asAgent("POST", PATH, send(q(carol.rid()), q("late"))), "room-closed");
        assertPlain(w.asAdmin("POST", PATH, send(q(carol.rid()), q("late"))), "room-closed");
        assertThat(w.messageCount(carol)).isEqualTo(carolBefore);
    }

    @Test
    void reusing_a_visitors_message_id_is_refused_and_leaves_that_message_alone() {
        int alice = w.messageCount(w.alice);
        RawResponse r = w.asAgent("POST", PATH, "{\"message\":{\"rid\":" + q(w.alice.rid()) + ",\"msg\":\"hijack\",\"_id\":"
                + q(w.bob.messageId()) + "}}");
        assertCoded(r, "error-duplicate-message-id", "A message with this _id already exists");
        w.assertRoomUntouched(w.alice, alice);
        assertThat(w.anon.getMessage(w.bob.messageId(), w.bob.token(), w.bob.rid()).at("/message/msg").asText())
                .isEqualTo("hello from Bob");
    }
}
