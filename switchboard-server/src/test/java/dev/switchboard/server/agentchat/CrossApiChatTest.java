package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One model, two APIs (issue 5, item 2): a chat a Rocket.Chat widget visitor opened is a LiveChat chat
 * whose thread is that room; an agent on the v3.6 API sees it, replies, and closes it, and the widget
 * side sees each step. Also the exact shapes of get_chat and list_chats (§4.1, §4.2; C10, C11, C30,
 * C31, C34, C36, C37, C38, C39, C41, C42).
 */
class CrossApiChatTest {
    private AgentChatWorld world;
    private AgentChatWorld.Visitor ann;
    private String chatId;

    @BeforeEach
    void a_widget_visitor_served_by_alice() {
        world = new AgentChatWorld();
        ann = world.visitorServedByAlice("Ann");
        ann.client().message(ann.token(), ann.roomId(), "Hello from the widget");
        chatId = world.chatOf(world.aliceApi, ann.roomId());
    }

    @AfterEach
    void stop() { world.close(); }

    @Test
    void the_agent_sees_the_widget_chat_in_list_chats_with_the_customer_and_itself_as_users() {
        JsonNode list = world.aliceApi.listChats(Map.of("include_active", true), "", "", 0);
        assertThat(list.get("found_chats").asLong()).isEqualTo(1);
        JsonNode summary = list.at("/chats_summary/0");
        assertThat(summary.get("id").asText()).isEqualTo(chatId);
        assertThat(summary.at("/last_thread_summary/active").asBoolean()).isTrue();
        assertThat(summary.at("/last_thread_summary/user_ids")).isEqualTo(E2e.json(
                "['" + ann.customerId() + "','" + world.alice.userId() + "']"));
        assertThat(summary.at("/last_thread_summary/access/group_ids/0").isIntegralNumber()).isTrue();
        JsonNode message = summary.at("/last_event_per_type/message");
        assertThat(message.get("thread_id").asText()).isEqualTo(ann.roomId());
        assertThat(message.at("/event/text").asText()).isEqualTo("Hello from the widget");
        assertThat(message.at("/event/author_id").asText()).isEqualTo(ann.customerId());
        assertThat(summary.at("/last_event_per_type/system_message/event/system_message_type").isTextual()).isTrue();
        JsonNode customer = summary.at("/users/0");
        assertThat(customer.get("type").asText()).isEqualTo("customer");
        assertThat(customer.get("id").asText()).isEqualTo(ann.customerId());
        assertThat(summary.at("/users/1/type").asText()).isEqualTo("agent");
        assertThat(summary.at("/users/1/routing_status").asText()).isEqualTo("accepting_chats");
    }

    @Test
    void c38_every_customer_carries_the_keys_the_sdk_customer_converter_needs() {
        JsonNode customer = world.aliceApi.getChat(chatId, null).at("/users/0");
        for (String key : List.of("last_visit", "visit", "statistics", "agent_last_event_created_at",
                "customer_last_event_created_at", "email_verified", "created_at", "followed", "online", "state",
                "session_fields", "group_ids")) {
            assertThat(customer.has(key)).as("customer key %s in %s", key, customer).isTrue();
        }
        assertThat(customer.at("/statistics/threads_count").isIntegralNumber()).isTrue();
        assertThat(customer.at("/group_ids/0").isIntegralNumber()).isTrue();
        assertThat(customer.get("session_fields").isArray()).isTrue();
    }

    @Test
    void c11_c30_c31_get_chat_returns_a_top_level_chat_with_id_and_microsecond_utc_times() {
        JsonNode chat = world.aliceApi.getChat(chatId, null);
        assertThat(chat.get("id").asText()).isEqualTo(chatId);
        assertThat(chat.at("/thread/id").asText()).isEqualTo(ann.roomId());
        assertThat(chat.at("/thread/active").asBoolean()).isTrue();
        assertThat(chat.at("/thread/created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(chat.at("/properties").isObject()).isTrue();
        assertThat(chat.at("/is_followed").isBoolean()).isTrue();
        List<JsonNode> events = E2e.items(chat.at("/thread/events"));
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("message");
        assertThat(last.get("visibility").asText()).isEqualTo("all");
        assertThat(last.get("created_at").asText()).endsWith("Z");
        assertThat(world.aliceApi.getChat(chatId, ann.roomId())).isEqualTo(chat);
    }

    @Test
    void the_agent_replies_with_send_event_and_the_widget_shows_the_reply() {
        String eventId = world.aliceApi.sendEvent(chatId, AgentApi.message("Hi Ann, how can I help?"), false);

        JsonNode history = ann.client().messagesHistory(ann.roomId(), ann.token(), Map.of()).get("messages");
        JsonNode reply = E2e.items(history).stream().filter(m -> eventId.equals(m.path("_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("reply not in the visitor's history: " + history));
        assertThat(reply.get("msg").asText()).isEqualTo("Hi Ann, how can I help?");
        assertThat(reply.at("/u/_id").asText()).isEqualTo(world.alice.userId());
        JsonNode events = world.aliceApi.getChat(chatId, null).at("/thread/events");
        JsonNode echoed = E2e.items(events).stream().filter(e -> eventId.equals(e.path("id").asText())).findFirst().orElseThrow();
        assertThat(echoed.get("author_id").asText()).isEqualTo(world.alice.userId());
        assertThat(echoed.get("text").asText()).isEqualTo("Hi Ann, how can I help?");
    }

    @Test
    void c16_client_created_at_and_author_id_are_ignored_and_custom_id_and_properties_are_echoed() {
        String eventId = world.aliceApi.sendEvent(chatId, Map.of("type", "message", "text", "tagged",
                "custom_id", "c-42", "author_id", "someone-else", "created_at", "1999-01-01T00:00:00Z",
                "properties", Map.of("ns", Map.of("k", "v"))), false);
        JsonNode echoed = E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events")).stream()
                .filter(e -> eventId.equals(e.path("id").asText())).findFirst().orElseThrow();
        assertThat(echoed.get("author_id").asText()).isEqualTo(world.alice.userId());
        assertThat(echoed.get("created_at").asText()).doesNotStartWith("1999");
        assertThat(echoed.get("custom_id").asText()).isEqualTo("c-42");
        assertThat(echoed.get("properties")).isEqualTo(E2e.json("{'ns':{'k':'v'}}"));
    }

    @Test
    void an_agents_only_event_reaches_agents_but_never_the_visitor() {
        String eventId = world.aliceApi.sendEvent(chatId, Map.of("type", "message", "text", "internal note",
                "visibility", "agents"), false);
        JsonNode echoed = E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events")).stream()
                .filter(e -> eventId.equals(e.path("id").asText())).findFirst().orElseThrow();
        assertThat(echoed.get("visibility").asText()).isEqualTo("agents");
        JsonNode history = ann.client().messagesHistory(ann.roomId(), ann.token(), Map.of()).get("messages");
        assertThat(E2e.texts(history, "_id")).doesNotContain(eventId);
    }

    @Test
    void deactivate_chat_closes_the_room_and_a_second_call_is_a_no_op() {
        world.aliceApi.deactivateChat(chatId, false);

        JsonNode room = E2e.roomById(world.admin, ann.roomId());
        assertThat(room.has("open") && room.get("open").asBoolean()).isFalse();
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/active").asBoolean()).isFalse();
        world.aliceApi.deactivateChat(chatId, false);
        AgentApiException inactive = AgentChatWorld.failure(() ->
                world.aliceApi.sendEvent(chatId, AgentApi.message("too late"), false));
        assertThat(inactive.type()).isEqualTo("chat_inactive");
        assertThat(inactive.status()).isEqualTo(400);
    }

    @Test
    void c19_a_system_message_may_be_attached_to_the_last_thread_of_an_inactive_chat() {
        world.aliceApi.deactivateChat(chatId, false);
        world.aliceApi.sendEvent(chatId, Map.of("type", "system_message", "system_message_type", "note",
                "text", "closed after hours"), true);
        JsonNode events = world.aliceApi.getChat(chatId, null).at("/thread/events");
        JsonNode last = E2e.items(events).get(events.size() - 1);
        assertThat(last.get("system_message_type").asText()).isEqualTo("note");
        assertThat(last.has("author_id")).isFalse();
    }

    @Test
    void an_agent_outside_the_chat_may_read_it_but_not_write_to_it() {
        var bob = world.server.onlineAgent(world.admin, "bob");
        AgentApi bobApi = world.api(bob);
        assertThat(bobApi.getChat(chatId, null).get("id").asText()).isEqualTo(chatId);
        AgentApiException e = AgentChatWorld.failure(() -> bobApi.sendEvent(chatId, AgentApi.message("hi"), false));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.type()).isEqualTo("authorization");
    }

    @Test
    void c42_list_chats_pages_carry_the_query_and_the_page_size() {
        for (int i = 0; i < 2; i++) world.visitorServedByAlice("V" + i);
        JsonNode first = world.aliceApi.listChats(Map.of("include_active", true), "asc", "", 2);
        assertThat(first.get("found_chats").asLong()).isEqualTo(3);
        assertThat(first.get("chats_summary").size()).isEqualTo(2);
        assertThat(first.has("previous_page_id")).isFalse();
        JsonNode second = world.aliceApi.listChats(Map.of("include_active", false), "desc",
                first.get("next_page_id").asText(), 50);
        assertThat(second.get("chats_summary").size()).isEqualTo(1);
        assertThat(second.has("next_page_id")).isFalse();
        assertThat(second.has("previous_page_id")).isTrue();
        assertThat(second.at("/chats_summary/0/id").asText()).isNotIn(
                E2e.texts(first.get("chats_summary"), "id"));
    }

    @Test
    void c20_list_chats_filters_active_and_inactive_chats() {
        world.aliceApi.deactivateChat(chatId, false);
        world.visitorServedByAlice("Bea");
        assertThat(world.aliceApi.listChats(Map.of("active", false), "", "", 0).get("found_chats").asLong()).isEqualTo(1);
        assertThat(world.aliceApi.listChats(Map.of("active", true), "", "", 0).get("found_chats").asLong()).isEqualTo(1);
        assertThat(world.aliceApi.listChats(Map.of("include_active", true), "", "", 0).get("found_chats").asLong()).isEqualTo(2);
    }
}
