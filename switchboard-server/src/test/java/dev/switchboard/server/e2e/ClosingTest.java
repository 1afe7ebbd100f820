package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing rooms: by the visitor ({@code closeRoom}) and by an agent ({@code closeRoomByUser}), and
 * what a closed room looks like afterwards. Each test has a visitor "Ann" whose room is served by
 * alice; bob is another online agent. Covers checklist (§7) items 36, 37, 40, 42, 59 and 73.
 */
class ClosingTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat bob;
    private RocketChatLivechat visitor;
    private String token;
    private String visitorId;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitorId = visitor.registerVisitor(token, Map.of("name", "Ann")).at("/visitor/_id").asText();
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        bob = server.onlineAgent(admin, "bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_visitor_closes_its_room_which_then_carries_the_close_fields_and_no_open_key() {
        JsonNode answer = visitor.closeRoom(rid, token);

        assertThat(answer).isEqualTo(json("{'rid':'" + rid + "','comment':'Closed by visitor','success':true}"));
        JsonNode room = E2e.roomById(admin, rid);
        assertThat(room.has("open")).isFalse();
        assertThat(room.get("closedAt").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(room.get("closer").asText()).isEqualTo("visitor");
        assertThat(room.at("/closedBy/_id").asText()).isEqualTo(visitorId);
        assertThat(room.at("/v/status").asText()).isEqualTo("offline");
        assertThat(admin.inquiriesGetOne(rid).get("inquiry").isNull()).isTrue();
    }

    @Test
    void a_closed_room_cannot_be_closed_again_nor_receive_messages() {
        visitor.closeRoom(rid, token);

        assertPlainError(failure(() -> visitor.closeRoom(rid, token)), "room-closed");
        assertPlainError(failure(() -> visitor.message(token, rid, "still there?")), "room-closed");
        assertPlainError(failure(() -> visitor.room(token, Map.of("rid", rid))), "invalid-room");
    }

    @Test
    void visitors_cannot_close_when_the_setting_forbids_it() {
        admin.settingsUpdate("Omnichannel_allow_visitors_to_close_conversation", false);

        assertPlainError(failure(() -> visitor.closeRoom(rid, token)), "error-not-allowed-to-close-conversation");
        assertThat(E2e.roomById(admin, rid).get("open").asBoolean()).isTrue();
    }

    @Test
    void a_visitor_cannot_close_another_visitors_room() {
        String other = E2e.visitor(visitor, "Other");

        assertPlainError(failure(() -> visitor.closeRoom(rid, other)), "invalid-room");
        assertPlainError(failure(() -> visitor.closeRoom(rid, TestServer.newToken())), "invalid-token");
        assertThat(E2e.roomById(admin, rid).get("open").asBoolean()).isTrue();
    }

    @Test
    void the_serving_agent_closes_the_room_with_a_comment() {
        assertThat(alice.closeRoomByUser(rid, "Solved")).isEqualTo(json("{'success':true}"));

        JsonNode room = E2e.roomById(admin, rid);
        assertThat(room.has("open")).isFalse();
        assertThat(room.get("closer").asText()).isEqualTo("user");
        assertThat(room.at("/closedBy/_id").asText()).isEqualTo(alice.userId());
        JsonNode newest = visitor.messagesHistory(rid, token, Map.of()).at("/messages/0");
        assertThat(newest.get("t").asText()).isEqualTo("livechat-close");
        assertThat(newest.get("msg").asText()).isEqualTo("Solved");
        assertThat(newest.has("token")).isFalse();
        var again = failure(() -> alice.closeRoomByUser(rid, "twice"));
        assertThat(again.errorType()).isEqualTo("error-room-already-closed");
    }

    @Test
    void another_agent_without_close_others_permission_is_forbidden() {
        var e = failure(() -> bob.closeRoomByUser(rid, "not mine"));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.body().path("success").asBoolean(true)).isFalse();
        assertThat(E2e.roomById(admin, rid).get("open").asBoolean()).isTrue();
        // An administrator may close any room.
        assertThat(admin.closeRoomByUser(rid, null)).isEqualTo(json("{'success':true}"));
    }

    @Test
    void the_history_of_a_closed_room_stays_readable_and_ends_with_livechat_close() {
        visitor.message(token, rid, "bye");
        visitor.closeRoom(rid, token);

        JsonNode messages = visitor.messagesHistory(rid, token, Map.of()).get("messages");

        JsonNode close = messages.get(0);
        assertThat(close.get("t").asText()).isEqualTo("livechat-close");
        assertThat(close.get("msg").asText()).isEqualTo("Closed by visitor");
        assertThat(close.get("groupable").asBoolean(true)).isFalse();
        assertThat(close.get("transcriptRequested").asBoolean(true)).isFalse();
        assertThat(close.get("token").asText()).isEqualTo(token);
        assertThat(messages.get(1).get("msg").asText()).isEqualTo("bye");
    }

    @Test
    void after_closing_the_next_room_call_opens_a_new_room() {
        visitor.closeRoom(rid, token);

        JsonNode next = visitor.room(token, Map.of());

        assertThat(next.get("newRoom").asBoolean()).isTrue();
        assertThat(next.at("/room/_id").asText()).isNotEqualTo(rid);
        assertThat(next.at("/room/open").asBoolean()).isTrue();
        assertThat(admin.rooms(Map.of()).get("total").asInt()).isEqualTo(2);
    }
}
