package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat, thread and event properties and thread tags (§4.17–§4.24; C9, C37, C45 for their state), and
 * that properties and tags are the same data in both APIs: a thread's {@code custom_fields} namespace
 * is the Rocket.Chat room's {@code livechatData}, its tags the room's tags.
 */
class PropertiesAndTagsTest extends AliceServesAnn {
    @Test
    void c37_update_chat_properties_merges_per_namespace_and_delete_chat_properties_removes_names() {
        world.aliceApi.updateChatProperties(chatId, Map.of("ns", Map.of("a", "x", "n", 7)));
        world.aliceApi.updateChatProperties(chatId, Map.of("ns", Map.of("b", true)));
        assertThat(world.aliceApi.getChat(chatId, null).get("properties"))
                .isEqualTo(E2e.json("{'ns':{'a':'x','n':7,'b':true}}"));

        world.aliceApi.deleteChatProperties(chatId, Map.of("ns", List.of("a", "n", "never-set")));
        assertThat(world.aliceApi.getChat(chatId, null).get("properties")).isEqualTo(E2e.json("{'ns':{'b':true}}"));
        world.aliceApi.deleteChatProperties(chatId, Map.of("ns", List.of("b")));
        assertThat(world.aliceApi.getChat(chatId, null).get("properties")).isEqualTo(E2e.json("{}"));
    }

    @Test
    void c9_property_actions_answer_an_empty_object() {
        JsonNode answer = world.aliceApi.call("update_chat_properties",
                Map.of("id", chatId, "properties", Map.of("ns", Map.of("k", "v"))));
        assertThat(answer).isEqualTo(E2e.json("{}"));
    }

    @Test
    void update_and_delete_thread_properties_change_the_thread_and_custom_fields_are_the_rooms_livechat_data() {
        world.aliceApi.updateThreadProperties(chatId, ann.roomId(), Map.of("ns", Map.of("k", "v"),
                "custom_fields", Map.of("order", "A-42")));
        JsonNode thread = world.aliceApi.getChat(chatId, null).get("thread");
        assertThat(thread.get("properties")).isEqualTo(E2e.json("{'ns':{'k':'v'},'custom_fields':{'order':'A-42'}}"));
        JsonNode room = E2e.roomById(world.admin, ann.roomId());
        assertThat(room.get("livechatData")).isEqualTo(E2e.json("{'order':'A-42'}"));

        world.aliceApi.deleteThreadProperties(chatId, ann.roomId(), Map.of("custom_fields", List.of("order"), "ns", List.of("k")));
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/properties")).isEqualTo(E2e.json("{}"));
        assertThat(E2e.roomById(world.admin, ann.roomId()).has("livechatData")).isFalse();
    }

    @Test
    void a_custom_fields_property_must_be_a_string_like_a_rocket_chat_custom_field() {
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.updateThreadProperties(chatId, ann.roomId(),
                Map.of("custom_fields", Map.of("order", 42))));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.type()).isEqualTo("validation");
        assertThat(E2e.roomById(world.admin, ann.roomId()).has("livechatData")).isFalse();
    }

    @Test
    void update_and_delete_event_properties_change_the_events_properties() {
        String eventId = world.aliceApi.sendEvent(chatId, Map.of("type", "message", "text", "hi",
                "properties", Map.of("ns", Map.of("kept", 1))), false);
        world.aliceApi.updateEventProperties(chatId, ann.roomId(), eventId, Map.of("ns", Map.of("added", "yes")));
        assertThat(event(eventId).get("properties")).isEqualTo(E2e.json("{'ns':{'kept':1,'added':'yes'}}"));

        world.aliceApi.deleteEventProperties(chatId, ann.roomId(), eventId, Map.of("ns", List.of("kept", "added")));
        assertThat(event(eventId).has("properties")).isFalse();
        assertThat(event(eventId).get("text").asText()).isEqualTo("hi");
    }

    @Test
    void unknown_chats_threads_and_events_are_not_found() {
        var props = Map.<String, Map<String, Object>>of("ns", Map.of("k", "v"));
        assertNotFound(() -> world.aliceApi.updateChatProperties("no-such-chat", props));
        assertNotFound(() -> world.aliceApi.updateThreadProperties(chatId, "no-such-thread", props));
        assertNotFound(() -> world.aliceApi.updateEventProperties(chatId, ann.roomId(), "no-such-event", props));
        assertNotFound(() -> world.aliceApi.deleteEventProperties(chatId, ann.roomId(), "no-such-event", Map.of("ns", List.of("k"))));
        assertNotFound(() -> world.aliceApi.tagThread("no-such-chat", ann.roomId(), "sales"));
        assertNotFound(() -> world.aliceApi.untagThread(chatId, "no-such-thread", "sales"));
    }

    @Test
    void properties_that_are_not_two_levels_deep_or_missing_are_validation_errors() {
        for (String body : List.of(
                "{\"id\":\"" + chatId + "\",\"properties\":{\"ns\":\"flat\"}}",
                "{\"id\":\"" + chatId + "\",\"properties\":[1,2]}",
                "{\"id\":\"" + chatId + "\"}",
                "{\"id\":\"" + chatId + "\",\"properties\":{}}",
                "{\"id\":\"" + chatId + "\",\"properties\":{\"ns\":{\"k\":null}}}",
                "{\"id\":7,\"properties\":{\"ns\":{\"k\":1}}}",
                "{\"id\":\"" + chatId + "\",\"properties\":{\"ns\":{\"k\":1}")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("update_chat_properties", body));
            assertThat(e.status()).as(body).isEqualTo(400);
            assertThat(e.type()).as(body).isEqualTo("validation");
        }
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("delete_chat_properties",
                "{\"id\":\"" + chatId + "\",\"properties\":{\"ns\":[1]}}"));
        assertThat(e.type()).isEqualTo("validation");
        assertThat(world.aliceApi.getChat(chatId, null).get("properties")).isEqualTo(E2e.json("{}"));
    }

    @Test
    void tag_thread_and_untag_thread_change_the_rooms_tags_case_sensitively_and_repeats_change_nothing() {
        world.aliceApi.tagThread(chatId, ann.roomId(), "sales");
        world.aliceApi.tagThread(chatId, ann.roomId(), "Sales");
        world.aliceApi.tagThread(chatId, ann.roomId(), "sales");
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/tags")).isEqualTo(E2e.json("['sales','Sales']"));
        assertThat(E2e.roomById(world.admin, ann.roomId()).get("tags")).isEqualTo(E2e.json("['sales','Sales']"));

        world.aliceApi.untagThread(chatId, ann.roomId(), "Sales");
        world.aliceApi.untagThread(chatId, ann.roomId(), "never-there");
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/tags")).isEqualTo(E2e.json("['sales']"));
    }

    @Test
    void a_room_closed_through_rocket_chat_can_still_be_tagged_and_rocket_chat_shows_the_tag() {
        world.alice.closeRoomByUser(ann.roomId(), "done");
        world.aliceApi.tagThread(chatId, ann.roomId(), "after-close");
        assertThat(world.aliceApi.getChat(chatId, ann.roomId()).at("/thread/tags")).isEqualTo(E2e.json("['after-close']"));
        assertThat(E2e.roomById(world.admin, ann.roomId()).get("tags")).isEqualTo(E2e.json("['after-close']"));
    }

    @Test
    void a_blank_missing_or_overlong_tag_is_a_validation_error() {
        for (String tag : List.of("", " ", "x".repeat(257))) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.tagThread(chatId, ann.roomId(), tag));
            assertThat(e.type()).as("tag '%s'", tag).isEqualTo("validation");
        }
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("tag_thread",
                "{\"chat_id\":\"" + chatId + "\",\"thread_id\":\"" + ann.roomId() + "\",\"tag\":5}"));
        assertThat(e.type()).isEqualTo("validation");
    }

    private JsonNode event(String eventId) {
        return E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events")).stream()
                .filter(e -> eventId.equals(e.path("id").asText())).findFirst().orElseThrow();
    }

    private static void assertNotFound(Runnable call) {
        AgentApiException e = AgentChatWorld.failure(call);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.type()).isEqualTo("not_found");
    }
}
