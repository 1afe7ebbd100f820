package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET livechat/room} (rocketchat_API's {@code livechat_room}): get-or-create, the room object,
 * and the rid/token checks. Covers checklist (§7) items 3, 8, 16, 33, 35, 36 and 47.
 */
class RoomTest {

    @Test
    void the_first_call_creates_the_room_and_later_calls_return_the_same_room() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat agent = server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String visitorId = visitor.registerVisitor(token, Map.of("name", "Ann")).at("/visitor/_id").asText();

            JsonNode created = visitor.room(token, Map.of());
            assertThat(created.path("success").asBoolean()).isTrue();
            assertThat(created.get("newRoom").asBoolean()).isTrue();
            JsonNode room = created.get("room");
            String rid = room.get("_id").asText();
            assertThat(room.get("t").asText()).isEqualTo("l");
            assertThat(room.get("open").asBoolean()).isTrue();
            assertThat(room.get("fname").asText()).isEqualTo("Ann");
            assertThat(room.at("/v/token").asText()).isEqualTo(token);
            assertThat(room.at("/v/_id").asText()).isEqualTo(visitorId);
            assertThat(room.at("/servedBy/_id").asText()).isEqualTo(agent.userId());
            assertThat(room.at("/servedBy/username").asText()).isEqualTo("alice");
            assertThat(room.at("/source/type").asText()).isEqualTo("api");
            assertThat(room.get("ts").asText()).matches(E2eFormats.ISO_MILLIS);

            JsonNode again = visitor.room(token, Map.of());
            assertThat(again.get("newRoom").asBoolean()).isFalse();
            assertThat(again.at("/room/_id").asText()).isEqualTo(rid);

            JsonNode byRid = visitor.room(token, Map.of("rid", rid));
            assertThat(byRid.get("newRoom").asBoolean()).isFalse();
            assertThat(byRid.at("/room/_id").asText()).isEqualTo(rid);
        }
    }

    @Test
    void the_rid_of_another_visitors_room_is_invalid_room() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String owner = TestServer.newToken();
            String rid = E2e.visitorRoom(visitor, owner).get("_id").asText();
            String other = E2e.visitor(visitor, "Other");

            assertPlainError(failure(() -> visitor.room(other, Map.of("rid", rid))), "invalid-room");
            assertPlainError(failure(() -> visitor.room(other, Map.of("rid", "no-such-room"))), "invalid-room");
            // The failed attempts created nothing for the other visitor.
            assertThat(admin.rooms(Map.of()).get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void an_unknown_token_is_invalid_token() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");

            assertPlainError(failure(() -> server.client().room(TestServer.newToken(), Map.of())), "invalid-token");
        }
    }

    @Test
    void a_new_room_has_a_livechat_started_message_and_an_inquiry() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            String rid = E2e.visitorRoom(visitor, token).get("_id").asText();

            JsonNode history = visitor.messagesHistory(rid, token, Map.of()).get("messages");
            assertThat(texts(history, "t")).contains("livechat-started");

            JsonNode inquiry = admin.inquiriesGetOne(rid).get("inquiry");
            assertThat(inquiry.get("_id").asText()).matches(E2eFormats.OBJECT_ID);
            assertThat(inquiry.get("rid").asText()).isEqualTo(rid);
            assertThat(inquiry.get("t").asText()).isEqualTo("l");
            assertThat(inquiry.at("/v/token").asText()).isEqualTo(token);
            assertThat(inquiry.get("status").asText()).isEqualTo("taken");
        }
    }
}
