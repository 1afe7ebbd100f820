package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A visitor reads, edits and deletes single messages: the SDK's {@code getMessage},
 * {@code updateMessage} and {@code deleteMessage} on {@code livechat/message/:_id}. Each test has a
 * visitor "Ann" with a room served by alice and one message "helo" in it. Covers checklist (§7) items
 * 16 and 41 (and §8.2: the message must belong to the named room).
 */
class VisitorMessageEditsTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;
    private String token;
    private String visitorId;
    private String rid;
    private JsonNode sent;
    private String id;

    @BeforeEach
    void a_room_with_one_visitor_message() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitorId = visitor.registerVisitor(token, Map.of("name", "Ann")).at("/visitor/_id").asText();
        rid = visitor.room(token, Map.of()).at("/room/_id").asText();
        sent = visitor.message(token, rid, "helo").get("message");
        id = sent.get("_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> historyTexts() {
        return texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg");
    }

    @Test
    void a_visitor_reads_one_message_of_its_room_by_id_checklist_41() {
        JsonNode answer = visitor.getMessage(id, token, rid);

        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(answer.get("message")).isEqualTo(sent);
        String agentMessageId = alice.chatSendMessage(rid, "hello Ann").at("/message/_id").asText();
        assertThat(visitor.getMessage(agentMessageId, token, rid).at("/message/msg").asText()).isEqualTo("hello Ann");
    }

    @Test
    void an_edit_keeps_the_id_and_time_sets_edited_at_and_shows_in_history_checklist_41() {
        JsonNode answer = visitor.updateMessage(id, token, rid, "hello");

        assertThat(answer.path("success").asBoolean()).isTrue();
        JsonNode m = answer.get("message");
        assertThat(m.get("_id").asText()).isEqualTo(id);
        assertThat(m.get("msg").asText()).isEqualTo("hello");
        assertThat(m.get("ts")).isEqualTo(sent.get("ts"));
        assertThat(m.get("editedAt").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(m.get("editedBy")).isEqualTo(json("{'_id':'" + visitorId + "','username':'" + sent.at("/u/username").asText() + "'}"));
        assertThat(m.get("u")).isEqualTo(sent.get("u"));
        assertThat(m.get("token").asText()).isEqualTo(token);
        assertThat(visitor.getMessage(id, token, rid).get("message")).isEqualTo(m);
        assertThat(historyTexts()).startsWith("hello").doesNotContain("helo");
    }

    @Test
    void editing_to_the_same_text_changes_nothing() {
        JsonNode m = visitor.updateMessage(id, token, rid, "helo").get("message");

        assertThat(m).isEqualTo(sent);
        assertThat(m.has("editedAt")).isFalse();
    }

    @Test
    void a_delete_answers_the_id_and_a_time_and_removes_the_message_from_history_and_room_count_checklist_41() {
        long before = E2e.roomById(admin, rid).get("msgs").asLong();

        JsonNode answer = visitor.deleteMessage(id, token, rid);

        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(answer.at("/message/_id").asText()).isEqualTo(id);
        assertThat(answer.at("/message/ts").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(answer.get("message").size()).isEqualTo(2);
        assertThat(historyTexts()).doesNotContain("helo");
        assertThat(E2e.roomById(admin, rid).get("msgs").asLong()).isEqualTo(before - 1);
        assertPlainError(failure(() -> visitor.getMessage(id, token, rid)), "invalid-message");
        assertPlainError(failure(() -> visitor.deleteMessage(id, token, rid)), "invalid-message");
    }

    @Test
    void a_message_sent_after_a_delete_is_listed_after_the_older_ones() {
        visitor.deleteMessage(id, token, rid);

        visitor.message(token, rid, "second try");
        visitor.message(token, rid, "third");

        assertThat(historyTexts()).startsWith("third", "second try");
    }

    @Test
    void agent_and_system_messages_are_not_the_visitors_to_edit_or_delete_checklist_41() {
        String agentMessageId = alice.chatSendMessage(rid, "from alice").at("/message/_id").asText();
        String startedId = E2e.items(visitor.messagesHistory(rid, token, Map.of()).get("messages")).stream()
                .filter(m -> "livechat-started".equals(m.path("t").asText())).findFirst().orElseThrow().get("_id").asText();

        for (String other : List.of(agentMessageId, startedId)) {
            RocketChatException edit = failure(() -> visitor.updateMessage(other, token, rid, "hijacked"));
            assertCodedError(edit, "error-action-not-allowed", "Message editing not allowed");
            assertThat(edit.body().get("details")).isEqualTo(json("{'method':'livechatUpdateMessage'}"));
            RocketChatException delete = failure(() -> visitor.deleteMessage(other, token, rid));
            assertCodedError(delete, "error-action-not-allowed", "Message deleting not allowed");
            assertThat(delete.body().get("details")).isEqualTo(json("{'method':'livechatDeleteMessage'}"));
        }
        assertThat(historyTexts()).contains("from alice").doesNotContain("hijacked");
    }

    @Test
    void a_message_of_another_visitors_room_is_invalid_message_even_with_a_valid_token_and_room() {
        String otherToken = TestServer.newToken();
        visitor.registerVisitor(otherToken, Map.of("name", "Bea"));
        String otherRid = visitor.room(otherToken, Map.of()).at("/room/_id").asText();

        // Bea names her own room and Ann's message.
        assertPlainError(failure(() -> visitor.getMessage(id, otherToken, otherRid)), "invalid-message");
        assertPlainError(failure(() -> visitor.updateMessage(id, otherToken, otherRid, "spoof")), "invalid-message");
        assertPlainError(failure(() -> visitor.deleteMessage(id, otherToken, otherRid)), "invalid-message");
        // Bea names Ann's room: a room that is not hers.
        assertPlainError(failure(() -> visitor.getMessage(id, otherToken, rid)), "invalid-room");
        assertPlainError(failure(() -> visitor.updateMessage(id, otherToken, rid, "spoof")), "invalid-room");
        assertPlainError(failure(() -> visitor.deleteMessage(id, otherToken, rid)), "invalid-room");
        assertPlainError(failure(() -> visitor.getMessage(id, TestServer.newToken(), rid)), "invalid-token");
        assertThat(visitor.getMessage(id, token, rid).get("message")).isEqualTo(sent);
    }

    @Test
    void the_message_settings_can_forbid_editing_and_deleting() {
        admin.settingsUpdate("Message_AllowEditing", false);
        admin.settingsUpdate("Message_AllowDeleting", false);

        assertCodedError(failure(() -> visitor.updateMessage(id, token, rid, "hello")),
                "error-action-not-allowed", "Message editing not allowed");
        assertCodedError(failure(() -> visitor.deleteMessage(id, token, rid)),
                "error-action-not-allowed", "Message deleting not allowed");
        assertThat(visitor.getMessage(id, token, rid).get("message")).isEqualTo(sent);
    }

    @Test
    void an_edit_obeys_the_character_limit() {
        admin.settingsUpdate("Livechat_enable_message_character_limit", true);
        admin.settingsUpdate("Livechat_message_character_limit", 5);

        assertPlainError(failure(() -> visitor.updateMessage(id, token, rid, "hello!")), "message-length-exceeds-character-limit");
        assertThat(visitor.updateMessage(id, token, rid, "hello").at("/message/msg").asText()).isEqualTo("hello");
    }

    @Test
    void after_the_room_closed_its_messages_stay_readable_and_the_visitors_own_stay_correctable() {
        visitor.closeRoom(rid, token);

        assertThat(visitor.getMessage(id, token, rid).get("message")).isEqualTo(sent);
        assertThat(visitor.updateMessage(id, token, rid, "hello").at("/message/msg").asText()).isEqualTo("hello");
    }
}
