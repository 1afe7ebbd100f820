package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customers (§4.25–§4.30; C11, C31, C33, C36, C38): a customer is the Rocket.Chat visitor with the
 * same id, so name and email are shared, page visits are its visit, and a ban also stops the widget
 * from opening rooms.
 */
class CustomersTest extends AliceServesAnn {
    @Test
    void c11_c38_get_customer_returns_a_top_level_customer_with_the_visit_built_from_widget_page_visits() {
        ann.client().pageVisited(ann.token(), ann.roomId(), Map.of("change", "url", "title", "Pricing",
                "location", Map.of("href", "https://shop.example/pricing")));
        ann.client().message(ann.token(), ann.roomId(), "Hello");
        world.aliceApi.sendEvent(chatId, dev.switchboard.client.livechat.AgentApi.message("Hi"), false);

        JsonNode c = world.aliceApi.getCustomer(ann.customerId());
        assertThat(c.get("id").asText()).isEqualTo(ann.customerId());
        assertThat(c.get("type").asText()).isEqualTo("customer");
        assertThat(c.get("name").asText()).isEqualTo("Ann");
        for (String key : List.of("last_visit", "visit", "statistics", "agent_last_event_created_at",
                "customer_last_event_created_at", "email_verified", "created_at", "followed", "online", "state",
                "session_fields", "group_ids")) {
            assertThat(c.has(key)).as("key %s in %s", key, c).isTrue();
        }
        assertThat(c.get("visit")).isEqualTo(c.get("last_visit"));
        JsonNode page = c.at("/visit/last_pages/0");
        assertThat(page.get("url").asText()).isEqualTo("https://shop.example/pricing");
        assertThat(page.get("title").asText()).isEqualTo("Pricing");
        assertThat(page.get("opened_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(c.at("/statistics/page_views_count").isIntegralNumber()).isTrue();
        assertThat(c.at("/statistics/page_views_count").asLong()).isEqualTo(1);
        assertThat(c.at("/statistics/threads_count").asLong()).isEqualTo(1);
        assertThat(c.get("agent_last_event_created_at").asText()).endsWith("Z");
        assertThat(c.get("customer_last_event_created_at").asText()).endsWith("Z");
        assertThat(c.get("session_fields")).isEqualTo(E2e.json("[]"));
        assertThat(c.at("/group_ids/0").isIntegralNumber()).isTrue();
    }

    @Test
    void create_customer_returns_a_uuid_and_get_customer_shows_its_fields_and_ordered_session_fields() {
        String id = world.aliceApi.createCustomer("Bob", "bob@example.com", "https://example.com/a.png",
                List.of(Map.of("z", "1"), Map.of("a", "2")));
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        JsonNode c = world.aliceApi.getCustomer(id);
        assertThat(c.get("name").asText()).isEqualTo("Bob");
        assertThat(c.get("email").asText()).isEqualTo("bob@example.com");
        assertThat(c.get("session_fields")).isEqualTo(E2e.json("[{'z':'1'},{'a':'2'}]"));
        assertThat(c.get("visit").isNull()).isTrue();
        assertThat(world.aliceApi.call("create_customer", Map.of()).get("customer_id").asText()).isNotEmpty();
    }

    @Test
    void update_customer_changes_the_rocket_chat_visitor_and_keeps_session_field_order() {
        world.aliceApi.updateCustomer(ann.customerId(), "Ann Smith", "ann@example.com", null,
                List.of(Map.of("plan", "gold"), Map.of("cart", "3")));
        JsonNode visitor = ann.client().getVisitor(ann.token()).get("visitor");
        assertThat(visitor.get("name").asText()).isEqualTo("Ann Smith");
        assertThat(visitor.toString()).contains("ann@example.com");
        JsonNode c = world.aliceApi.getCustomer(ann.customerId());
        assertThat(c.get("name").asText()).isEqualTo("Ann Smith");
        assertThat(c.get("email").asText()).isEqualTo("ann@example.com");
        assertThat(c.get("session_fields")).isEqualTo(E2e.json("[{'plan':'gold'},{'cart':'3'}]"));
    }

    @Test
    void c38_the_widgets_custom_fields_follow_the_session_fields_as_strings_and_a_session_field_of_the_same_key_wins() {
        ann.client().customField(ann.token(), "plan", "silver", true);
        ann.client().customField(ann.token(), "locale", "de-CH", true);
        world.aliceApi.updateCustomer(ann.customerId(), null, null, null, List.of(Map.of("plan", "gold")));

        JsonNode c = world.aliceApi.getCustomer(ann.customerId());

        assertThat(c.get("session_fields")).isEqualTo(E2e.json("[{'plan':'gold'},{'locale':'de-CH'}]"));
    }

    @Test
    void update_customer_without_fields_with_non_string_session_fields_or_a_bad_email_is_a_validation_error() {
        String id = ann.customerId();
        for (String body : List.of("{\"id\":\"" + id + "\"}",
                "{\"id\":\"" + id + "\",\"name\":\"\"}",
                "{\"id\":\"" + id + "\",\"session_fields\":[{\"k\":1}]}",
                "{\"id\":\"" + id + "\",\"session_fields\":{\"k\":\"v\"}}",
                "{\"id\":\"" + id + "\",\"email\":\"not an email\"}",
                "{\"name\":\"x\"}", "[]", "{")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("update_customer", body));
            assertThat(e.status()).as(body).isEqualTo(400);
            assertThat(e.type()).as(body).isEqualTo("validation");
        }
        assertThat(world.aliceApi.getCustomer(id).get("name").asText()).isEqualTo("Ann");
    }

    @Test
    void unknown_customers_are_not_found_for_every_customer_action() {
        List<Runnable> calls = List.of(
                () -> world.aliceApi.getCustomer("no-such-customer"),
                () -> world.aliceApi.updateCustomer("no-such-customer", "X", null, null, null),
                () -> world.aliceApi.banCustomer("no-such-customer", 1),
                () -> world.aliceApi.followCustomer("no-such-customer"),
                () -> world.aliceApi.unfollowCustomer("no-such-customer"));
        for (Runnable call : calls) {
            AgentApiException e = AgentChatWorld.failure(call);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.type()).isEqualTo("not_found");
        }
    }

    @Test
    void a_banned_customer_cannot_open_a_new_room_through_the_rocket_chat_api() {
        world.aliceApi.banCustomer(ann.customerId(), 3);
        world.alice.closeRoomByUser(ann.roomId(), "bye");
        RocketChatException e = E2e.failure(() -> ann.client().room(ann.token(), Map.of()));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.body().toString()).contains("error-customer-banned");
    }

    @Test
    void ban_customer_with_zero_days_or_without_ban_is_a_validation_error() {
        for (String body : List.of("{\"id\":\"" + ann.customerId() + "\",\"ban\":{\"days\":0}}",
                "{\"id\":\"" + ann.customerId() + "\"}",
                "{\"id\":\"" + ann.customerId() + "\",\"ban\":{\"days\":-1}}",
                "{\"id\":\"" + ann.customerId() + "\",\"ban\":{\"days\":\"3\"}}")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("ban_customer", body));
            assertThat(e.type()).as(body).isEqualTo("validation");
        }
        world.alice.closeRoomByUser(ann.roomId(), "bye");
        assertThat(ann.client().room(ann.token(), Map.of()).at("/room/_id").asText()).isNotEqualTo(ann.roomId());
    }

    @Test
    void follow_customer_and_unfollow_customer_set_followed_for_the_requester_only_and_repeat_harmlessly() {
        world.aliceApi.followCustomer(ann.customerId());
        world.aliceApi.followCustomer(ann.customerId());
        assertThat(world.aliceApi.getCustomer(ann.customerId()).get("followed").asBoolean()).isTrue();
        assertThat(world.adminApi.getCustomer(ann.customerId()).get("followed").asBoolean()).isFalse();
        assertThat(world.aliceApi.call("unfollow_customer", Map.of("id", ann.customerId()))).isEqualTo(E2e.json("{}"));
        world.aliceApi.unfollowCustomer(ann.customerId());
        assertThat(world.aliceApi.getCustomer(ann.customerId()).get("followed").asBoolean()).isFalse();
    }
}
