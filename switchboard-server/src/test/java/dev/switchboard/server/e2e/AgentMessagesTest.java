package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents reply through {@code chat.sendMessage} (the SDK's {@code chatSendMessage}). Each test has a
 * visitor "Ann" whose room is served by alice; bob is another online agent. Covers checklist (§7)
 * items 4, 6, 7, 8, 16 and 40 for the agent's side of a conversation.
 */
class AgentMessagesTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat bob;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann"));
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        bob = server.onlineAgent(admin, "bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_serving_agent_replies_and_the_visitor_reads_the_reply_in_history_checklist_40() {
        visitor.message(token, rid, "Hello?");

        JsonNode answer = alice.chatSendMessage(rid, "Hi Ann, how can I help?");

        assertThat(answer.path("success").asBoolean()).isTrue();
        JsonNode m = answer.get("message");
        assertThat(m.get("msg").asText()).isEqualTo("Hi Ann, how can I help?");
        assertThat(m.get("rid").asText()).isEqualTo(rid);
        assertThat(m.get("u")).isEqualTo(json("{'_id':'" + alice.userId() + "','username':'alice','name':'Agent alice'}"));
        assertThat(m.get("ts").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(m.get("_id").asText()).isNotEmpty();
        assertThat(m.has("token")).as("agent messages carry no visitor token").isFalse();
        assertThat(m.has("alias")).isFalse();
        assertThat(m.has("t")).isFalse();
        JsonNode history = visitor.messagesHistory(rid, token, Map.of("limit", 2)).get("messages");
        assertThat(texts(history, "msg")).containsExactly("Hi Ann, how can I help?", "Hello?");
        assertThat(history.get(0).get("_id")).isEqualTo(m.get("_id"));
        assertThat(history.get(0).at("/u/_id").asText()).isEqualTo(alice.userId());
    }

    @Test
    void an_agent_reply_counts_on_the_room_and_moves_its_last_message_time() {
        visitor.message(token, rid, "one");
        JsonNode before = E2e.roomById(admin, rid);

        JsonNode reply = alice.chatSendMessage(rid, "two").get("message");

        JsonNode after = E2e.roomById(admin, rid);
        assertThat(after.get("msgs").asLong()).isEqualTo(before.get("msgs").asLong() + 1);
        assertThat(after.get("lm").asText()).isEqualTo(reply.get("ts").asText());
    }

    @Test
    void a_client_chosen_id_is_kept_and_reusing_any_taken_id_is_the_visitor_paths_conflict() {
        String visitorMessageId = visitor.message(token, rid, "mine").at("/message/_id").asText();

        JsonNode m = alice.chatSendMessage(rid, "with my id", "agent-msg-0001").get("message");

        assertThat(m.get("_id").asText()).isEqualTo("agent-msg-0001");
        RawResponse visitorSide = visitor.raw("POST", "livechat/message", "{\"token\":\"" + token + "\",\"rid\":\""
                + rid + "\",\"msg\":\"x\",\"_id\":\"agent-msg-0001\"}", Map.of());
        assertThat(visitorSide.status()).isEqualTo(400);
        for (String taken : List.of("agent-msg-0001", visitorMessageId)) {
            RocketChatException e = failure(() -> alice.chatSendMessage(rid, "again", taken));
            assertCodedError(e, "error-duplicate-message-id", "A message with this _id already exists");
            assertThat(e.body()).isEqualTo(visitorSide.json());
        }
        assertThat(texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg"))
                .containsOnlyOnce("with my id").doesNotContain("again", "x");
    }

    @Test
    void another_agent_and_a_plain_user_may_not_write_in_the_room_but_a_manager_and_an_admin_may() {
        RocketChatLivechat plain = server.user(admin, "plain", List.of());
        RocketChatLivechat manager = server.user(admin, "mgr", List.of("livechat-manager"));

        for (RocketChatLivechat outsider : List.of(bob, plain)) {
            RocketChatException e = failure(() -> outsider.chatSendMessage(rid, "let me in"));
            assertThat(e.status()).as("%s", e.body()).isEqualTo(403);
            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'error-not-allowed'}"));
        }
        manager.chatSendMessage(rid, "a manager steps in");
        admin.chatSendMessage(rid, "so does the administrator");

        assertThat(texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg"))
                .contains("a manager steps in", "so does the administrator").doesNotContain("let me in");
    }

    @Test
    void a_closed_room_refuses_replies_and_an_unknown_room_is_error_invalid_room() {
        visitor.closeRoom(rid, token);

        assertPlainError(failure(() -> alice.chatSendMessage(rid, "too late")), "room-closed");
        assertPlainError(failure(() -> admin.chatSendMessage(rid, "too late")), "room-closed");
        assertPlainError(failure(() -> alice.chatSendMessage("no-such-room", "hello")), "error-invalid-room");
        assertThat(texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg")).doesNotContain("too late");
    }

    @Test
    void replies_obey_the_character_limit_of_visitor_messages() {
        admin.settingsUpdate("Livechat_enable_message_character_limit", true);
        admin.settingsUpdate("Livechat_message_character_limit", 10);

        assertThat(alice.chatSendMessage(rid, "0123456789").at("/message/msg").asText()).isEqualTo("0123456789");
        RocketChatException e = failure(() -> alice.chatSendMessage(rid, "0123456789!"));

        assertCodedError(e, "error-message-size-exceeded", "Message size exceeds Message_MaxAllowedSize");
        assertThat(e.body().at("/details/method").asText()).isEqualTo("sendMessage");
        assertPlainError(failure(() -> visitor.message(token, rid, "0123456789!")), "message-length-exceeds-character-limit");
    }

    @Test
    void without_a_session_a_reply_is_401_and_writes_nothing() {
        RocketChatException e = failure(() -> server.client().chatSendMessage(rid, "anonymous"));

        assertThat(e.status()).isEqualTo(401);
        assertThat(texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg")).doesNotContain("anonymous");
    }
}
