package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Visitor messages and history: the SDK's {@code message} and {@code messagesHistory}
 * (rocketchat_API's {@code livechat_message} / {@code livechat_messages_history}). Each test has a
 * visitor "Ann" with a room served by agent alice. Covers checklist (§7) items 16, 40, 42 and 71
 * (the command/connected and uj messages of an assignment).
 */
class MessagesTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat visitor;
    private String token;
    private String visitorId;
    private String rid;

    @BeforeEach
    void a_served_room() {
        server = TestServer.start();
        admin = server.admin();
        server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitorId = visitor.registerVisitor(token, Map.of("name", "Ann")).at("/visitor/_id").asText();
        rid = visitor.room(token, Map.of()).at("/room/_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_visitor_message_is_stored_with_the_visitor_as_author() {
        JsonNode answer = visitor.message(token, rid, "Hello World!");

        assertThat(answer.path("success").asBoolean()).isTrue();
        JsonNode m = answer.get("message");
        assertThat(m.get("msg").asText()).isEqualTo("Hello World!");
        assertThat(m.get("rid").asText()).isEqualTo(rid);
        assertThat(m.get("token").asText()).isEqualTo(token);
        assertThat(m.get("alias").asText()).isEqualTo("Ann");
        assertThat(m.at("/u/_id").asText()).isEqualTo(visitorId);
        assertThat(m.get("_id").asText()).isNotEmpty();
        assertThat(m.get("ts").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(m.has("t")).isFalse();
    }

    @Test
    void a_message_needs_the_visitors_own_room() {
        String other = E2e.visitor(visitor, "Other");

        assertPlainError(failure(() -> visitor.message(other, rid, "hi")), "invalid-room");
        assertPlainError(failure(() -> visitor.message(TestServer.newToken(), rid, "hi")), "invalid-token");
        assertPlainError(failure(() -> visitor.message(token, "no-such-room", "hi")), "invalid-room");
    }

    @Test
    void history_is_newest_first_and_shows_the_system_messages_of_the_room() {
        for (String text : List.of("one", "two", "three")) visitor.message(token, rid, text);

        JsonNode answer = visitor.messagesHistory(rid, token, Map.of());

        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(answer.has("total")).isFalse();
        JsonNode messages = answer.get("messages");
        assertThat(texts(messages, "msg")).containsExactly("three", "two", "one", "alice", "connected", "");
        assertThat(texts(messages, "t")).containsExactly(null, null, null, "uj", "command", "livechat-started");
    }

    @Test
    void the_limit_parameter_keeps_only_the_newest_messages() {
        for (String text : List.of("one", "two", "three")) visitor.message(token, rid, text);

        JsonNode messages = visitor.messagesHistory(rid, token, Map.of("limit", 2)).get("messages");

        assertThat(texts(messages, "msg")).containsExactly("three", "two");
    }

    @Test
    void history_returns_twenty_messages_unless_told_otherwise() {
        for (int i = 1; i <= 25; i++) visitor.message(token, rid, "m" + i);

        JsonNode messages = visitor.messagesHistory(rid, token, Map.of()).get("messages");

        assertThat(messages.size()).isEqualTo(20);
        assertThat(messages.get(0).get("msg").asText()).isEqualTo("m25");
        assertThat(visitor.messagesHistory(rid, token, Map.of("count", 1)).get("messages").size()).isEqualTo(20);
    }

    @Test
    void message_types_in_hide_system_messages_are_left_out_of_history() {
        visitor.message(token, rid, "hello");
        admin.settingsUpdate("Hide_System_Messages", Arrays.asList("uj", "livechat-started"));

        JsonNode messages = visitor.messagesHistory(rid, token, Map.of()).get("messages");

        assertThat(texts(messages, "t")).containsExactly(null, "command");
    }

    @Test
    void history_needs_the_token_of_the_rooms_visitor() {
        String other = E2e.visitor(visitor, "Other");

        assertPlainError(failure(() -> visitor.messagesHistory(rid, other, Map.of())), "invalid-room");
        assertPlainError(failure(() -> visitor.messagesHistory(rid, TestServer.newToken(), Map.of())), "invalid-token");
        assertPlainError(failure(() -> visitor.messagesHistory(rid, null, Map.of())), "error-token-param-not-provided");
    }
}
