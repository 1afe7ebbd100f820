package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.e2e.E2e;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * start_chat (§4.5) and resume_chat (§4.6): the new thread is a real Rocket.Chat room the customer's
 * widget shows, served by the requesting agent, with its initial events, properties and tags.
 * Checklist: C16, C17, C18, C24, C44.
 */
class ChatStartTest {
    private AgentChatWorld world;
    private RocketChatLivechat widget;
    private String token;
    private String customerId;

    @BeforeEach
    void a_registered_visitor_without_a_room() {
        world = new AgentChatWorld();
        widget = world.server.client();
        token = E2e.visitor(widget, "Carol");
        customerId = widget.getVisitor(token).at("/visitor/_id").asText();
    }

    @AfterEach
    void stop() { world.close(); }

    /** An InitialChat as the SDK sends it: whole User structs with nulls, an event with the zero time. */
    private Map<String, Object> initialChat(String id, String text) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", customerId);
        customer.put("type", "customer");
        customer.put("name", "");
        customer.put("events_seen_up_to", "0001-01-01T00:00:00Z");
        customer.put("routing_status", null);
        customer.put("statistics", null);
        Map<String, Object> event = new HashMap<>(AgentApi.message(text));
        event.put("created_at", "0001-01-01T00:00:00Z");
        event.put("author_id", "");
        event.put("url", null);
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", id);
        chat.put("properties", Map.of("ns", Map.of("k", "v")));
        chat.put("thread", Map.of("events", List.of(event), "properties", Map.of("tp", Map.of("x", 1)), "tags", List.of("sales")));
        chat.put("users", List.of(customer));
        return chat;
    }


    @Test
    void c18_start_chat_opens_a_room_served_by_the_agent_that_the_visitors_widget_shows() {
        JsonNode started = world.aliceApi.startChat(initialChat("", "Hello Carol"), false, true);
        String chatId = started.get("chat_id").asText();
        String threadId = started.get("thread_id").asText();
        assertThat(started.get("event_ids")).hasSize(1);

        JsonNode chat = world.aliceApi.getChat(chatId, null);
        assertThat(chat.at("/thread/id").asText()).isEqualTo(threadId);
        assertThat(chat.at("/thread/active").asBoolean()).isTrue();
        assertThat(chat.at("/thread/tags/0").asText()).isEqualTo("sales");
        assertThat(chat.at("/thread/properties/tp/x").asInt()).isEqualTo(1);
        assertThat(chat.at("/properties/ns/k").asText()).isEqualTo("v");
        JsonNode event = E2e.items(chat.at("/thread/events")).stream().filter(e -> "message".equals(e.get("type").asText()))
                .findFirst().orElseThrow();
        assertThat(event.get("id").asText()).isEqualTo(started.at("/event_ids/0").asText());
        assertThat(event.get("author_id").asText()).isEqualTo(world.alice.userId());
        assertThat(event.get("created_at").asText()).doesNotStartWith("0001");

        JsonNode room = widget.room(token, Map.of()).get("room");
        assertThat(room.get("_id").asText()).isEqualTo(threadId);
        assertThat(room.at("/servedBy/_id").asText()).isEqualTo(world.alice.userId());
        assertThat(E2e.texts(widget.messagesHistory(threadId, token, Map.of()).get("messages"), "msg")).contains("Hello Carol");
    }

    @Test
    void start_chat_with_active_false_stores_an_inactive_thread_and_resume_chat_opens_the_next_one() {
        JsonNode started = world.aliceApi.startChat(initialChat("", "Note"), false, false);
        String chatId = started.get("chat_id").asText();
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/active").asBoolean()).isFalse();

        JsonNode resumed = world.aliceApi.resumeChat(Map.of("id", chatId), false, true);
        assertThat(resumed.has("event_ids")).isFalse();
        JsonNode chat = world.aliceApi.getChat(chatId, null);
        assertThat(chat.at("/thread/id").asText()).isEqualTo(resumed.get("thread_id").asText());
        assertThat(chat.at("/thread/active").asBoolean()).isTrue();
        assertThat(chat.at("/thread/previous_thread_id").asText()).isEqualTo(started.get("thread_id").asText());

        assertError(failure(() -> world.aliceApi.resumeChat(Map.of("id", chatId), false, true)), 400, "validation");
        assertError(failure(() -> world.aliceApi.startChat(initialChat("", "again"), false, true)), 400, "validation");
    }

    @Test
    void resume_chat_continues_a_widget_chat_after_the_room_was_closed() {
        AgentChatWorld.Visitor ann = world.visitorServedByAlice("Ann");
        String chatId = world.chatOf(world.aliceApi, ann.roomId());
        world.aliceApi.deactivateChat(chatId, false);
        String threadId = world.aliceApi.resumeChat(Map.of("id", chatId, "thread",
                Map.of("events", List.of(AgentApi.message("We are back")))), false, true).get("thread_id").asText();
        assertThat(ann.client().room(ann.token(), Map.of()).at("/room/_id").asText()).isEqualTo(threadId);
    }

    @Test
    void start_and_resume_chat_reject_what_the_spec_lists() {
        assertError(failure(() -> world.aliceApi.startChat(initialChat("C1", "x"), false, true)), 400, "validation");
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users", List.of()), false, true)), 400, "validation");
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users",
                List.of(Map.of("id", "ghost", "type", "customer"))), false, true)), 404, "not_found");
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users", List.of(Map.of("id", customerId, "type", "customer"),
                Map.of("id", "ghost", "type", "agent"))), false, true)), 404, "not_found");
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users", List.of(Map.of("id", customerId, "type", "customer"),
                Map.of("id", "other", "type", "customer"))), false, true)), 400, "validation");
        List<Object> five = List.of(agent("a1"), agent("a2"), agent("a3"), agent("a4"), agent("a5"),
                Map.of("id", customerId, "type", "customer"));
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users", five), false, true)), 400, "validation");
        assertError(failure(() -> world.aliceApi.startChat(Map.of("users", List.of(Map.of("id", customerId, "type", "customer")),
                "access", Map.of("group_ids", List.of(42))), false, true)), 404, "not_found");
        Map<String, Object> badEvent = initialChat("", "x");
        badEvent.put("thread", Map.of("events", List.of(Map.of("text", "no type"))));
        assertError(failure(() -> world.aliceApi.startChat(badEvent, false, true)), 400, "validation");
        assertError(failure(() -> world.aliceApi.resumeChat(Map.of("id", "ghost"), false, true)), 404, "not_found");
        assertError(failure(() -> world.aliceApi.callRaw("resume_chat", "{\"active\":true}")), 400, "validation");
        assertError(failure(() -> world.aliceApi.callRaw("start_chat", "{\"chat\":[],\"active\":true}")), 400, "validation");
        assertThat(world.aliceApi.listChats(null, "", "", 0).get("found_chats").asLong()).isZero();
    }

    @Test
    void start_chat_without_an_online_agent_is_groups_offline_unless_continuous() {
        world.alice.agentStatus("not-available", null);
        assertError(failure(() -> world.aliceApi.startChat(initialChat("", "x"), false, true)), 403, "groups_offline");
        assertThat(world.aliceApi.startChat(initialChat("", "x"), true, true).get("thread_id").asText()).isNotBlank();
    }

    private static Map<String, Object> agent(String id) { return Map.of("id", id, "type", "agent"); }
}
