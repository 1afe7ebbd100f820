package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.server.e2e.E2e;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routing statuses (§4.31, §4.32; C10, C28), logout (§4.34), read marks (§4.33; C26), typing and
 * thinking indicators (§4.35, §4.36) and multicast (§4.37; C28): their answers, the state they change
 * in both APIs, and their errors.
 */
class AgentSignalsTest extends AliceServesAnn {
    @Test
    void set_routing_status_is_the_rocket_chat_livechat_status_and_list_routing_statuses_shows_it() {
        world.aliceApi.setRoutingStatus(null, "not_accepting_chats");
        assertThat(world.admin.getUser("agent", world.alice.userId()).at("/user/statusLivechat").asText())
                .isEqualTo("not-available");
        assertThat(statusOf(world.alice.userId())).isEqualTo("not_accepting_chats");

        world.adminApi.setRoutingStatus(world.alice.userId(), "accepting_chats");
        assertThat(world.admin.getUser("agent", world.alice.userId()).at("/user/statusLivechat").asText())
                .isEqualTo("available");
        assertThat(statusOf(world.alice.userId())).isEqualTo("accepting_chats");
    }

    @Test
    void c10_c28_list_routing_statuses_is_a_bare_array_accepting_empty_filters_and_filtering_by_group() {
        JsonNode all = world.aliceApi.call("list_routing_statuses", Map.of("filters", Map.of()));
        assertThat(all.isArray()).isTrue();
        assertThat(all.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("agent_id", "status");
        assertThat(world.aliceApi.listRoutingStatuses(List.of(0))).isEqualTo(all);
        assertThat(world.aliceApi.listRoutingStatuses(List.of(999))).isEqualTo(E2e.json("[]"));
        assertThat(world.aliceApi.call("list_routing_statuses", Map.of())).isEqualTo(all);
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("list_routing_statuses",
                "{\"filters\":{\"group_ids\":[\"x\"]}}"));
        assertThat(e.type()).isEqualTo("validation");
    }

    @Test
    void set_routing_status_rejects_a_missing_or_unknown_status_offline_agents_unknown_agents_and_others_agents() {
        for (String body : List.of("{}", "{\"status\":\"busy\"}", "{\"status\":\"offline\"}", "{\"status\":1}")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("set_routing_status", body));
            assertThat(e.status()).as(body).isEqualTo(400);
            assertThat(e.type()).as(body).isEqualTo("validation");
        }
        AgentApiException unknown = AgentChatWorld.failure(() -> world.adminApi.setRoutingStatus("no-such-agent", "accepting_chats"));
        assertThat(unknown.type()).isEqualTo("not_found");
        var bob = world.server.onlineAgent(world.admin, "bob");
        AgentApiException other = AgentChatWorld.failure(() -> world.aliceApi.setRoutingStatus(bob.userId(), "not_accepting_chats"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.type()).isEqualTo("authorization");
        assertThat(statusOf(bob.userId())).isEqualTo("accepting_chats");
    }

    @Test
    void logout_answers_empty_for_the_requester_keeps_the_login_token_and_guards_other_agents() {
        assertThat(world.aliceApi.call("logout", Map.of("agent_id", ""))).isEqualTo(E2e.json("{}"));
        world.aliceApi.logout(world.alice.userId());
        // The Rocket.Chat login token serves both API families and is not revoked (§4.34 decision).
        assertThat(world.aliceApi.getChat(chatId, null).get("id").asText()).isEqualTo(chatId);

        var bob = world.server.onlineAgent(world.admin, "bob");
        AgentApiException other = AgentChatWorld.failure(() -> world.aliceApi.logout(bob.userId()));
        assertThat(other.type()).isEqualTo("authorization");
        AgentApiException unknown = AgentChatWorld.failure(() -> world.adminApi.logout("no-such-agent"));
        assertThat(unknown.type()).isEqualTo("not_found");
        world.adminApi.logout(bob.userId());
    }

    @Test
    void c26_mark_events_as_seen_moves_the_requesters_events_seen_up_to_forward_only() {
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        world.aliceApi.callRaw("mark_events_as_seen", "{\"chat_id\":\"" + chatId + "\",\"seen_up_to\":\""
                + later.atOffset(java.time.ZoneOffset.ofHours(2)) + "\"}");
        assertThat(seenUpTo()).isEqualTo(later);
        world.aliceApi.markEventsAsSeen(chatId, later.minus(1, ChronoUnit.DAYS));
        assertThat(seenUpTo()).isEqualTo(later);
    }

    @Test
    void mark_events_as_seen_rejects_bad_times_and_unknown_chats() {
        for (String time : List.of("\"2024-01-02T03:04:05\"", "\"\"", "17", "\"yesterday\"")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("mark_events_as_seen",
                    "{\"chat_id\":\"" + chatId + "\",\"seen_up_to\":" + time + "}"));
            assertThat(e.type()).as(time).isEqualTo("validation");
        }
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.markEventsAsSeen("no-such-chat", Instant.now()));
        assertThat(e.type()).isEqualTo("not_found");
    }

    @Test
    void typing_and_thinking_indicators_answer_empty_in_an_active_chat() {
        assertThat(world.aliceApi.call("send_typing_indicator", Map.of("chat_id", chatId, "is_typing", true)))
                .isEqualTo(E2e.json("{}"));
        world.aliceApi.sendTypingIndicator(chatId, "agents", false);
        world.aliceApi.sendThinkingIndicator(chatId, "Thinking...", "Fetching data", "all", "31-0C");
        assertThat(world.aliceApi.call("send_thinking_indicator", Map.of("chat_id", chatId))).isEqualTo(E2e.json("{}"));
    }

    @Test
    void indicators_on_an_inactive_chat_are_chat_inactive_and_from_outsiders_authorization() {
        var bob = world.server.onlineAgent(world.admin, "bob");
        AgentApiException outsider = AgentChatWorld.failure(() -> world.api(bob).sendTypingIndicator(chatId, null, true));
        assertThat(outsider.type()).isEqualTo("authorization");
        world.alice.closeRoomByUser(ann.roomId(), "bye");
        AgentApiException typing = AgentChatWorld.failure(() -> world.aliceApi.sendTypingIndicator(chatId, null, true));
        assertThat(typing.status()).isEqualTo(400);
        assertThat(typing.type()).isEqualTo("chat_inactive");
        AgentApiException thinking = AgentChatWorld.failure(() -> world.aliceApi.sendThinkingIndicator(chatId, null, null, null, null));
        assertThat(thinking.type()).isEqualTo("chat_inactive");
        AgentApiException bad = AgentChatWorld.failure(() -> world.aliceApi.callRaw("send_typing_indicator",
                "{\"chat_id\":\"" + chatId + "\",\"visibility\":\"everyone\",\"is_typing\":true}"));
        assertThat(bad.type()).isEqualTo("validation");
    }

    @Test
    void c28_multicast_accepts_agents_groups_all_and_customers_and_answers_empty() {
        Map<String, Object> agents = new HashMap<>();
        agents.put("ids", List.of(world.alice.userId()));
        agents.put("groups", List.of(0));
        agents.put("all", true);
        JsonNode answer = world.adminApi.call("multicast", Map.of("recipients", Map.of("agents", agents,
                "customers", Map.of("ids", List.of(ann.customerId()))), "content", Map.of("example", Map.of("nested", "json")),
                "type", "type1"));
        assertThat(answer).isEqualTo(E2e.json("{}"));
        world.aliceApi.multicast(Map.of("customers", Map.of("ids", List.of(ann.customerId()))), "plain text", null);
    }

    @Test
    void multicast_without_recipients_with_null_content_or_unknown_recipients_is_a_validation_error() {
        String alice = world.alice.userId();
        for (String body : List.of(
                "{\"recipients\":{},\"content\":{}}",
                "{\"recipients\":{\"agents\":{\"ids\":[]}},\"content\":{}}",
                "{\"content\":{}}",
                "{\"recipients\":{\"agents\":{\"ids\":[\"" + alice + "\"]}},\"content\":null}",
                "{\"recipients\":{\"agents\":{\"ids\":[\"" + alice + "\"]}}}",
                "{\"recipients\":{\"agents\":{\"ids\":[\"no-such-agent\"]}},\"content\":1}",
                "{\"recipients\":{\"agents\":{\"groups\":[999]}},\"content\":1}",
                "{\"recipients\":{\"customers\":{\"ids\":[\"no-such-customer\"]}},\"content\":1}",
                "{\"recipients\":{\"agents\":{\"all\":\"yes\"}},\"content\":1}")) {
            AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.callRaw("multicast", body));
            assertThat(e.status()).as(body).isEqualTo(400);
            assertThat(e.type()).as(body).isEqualTo("validation");
        }
    }

    private String statusOf(String agentId) {
        for (JsonNode s : E2e.items(world.aliceApi.listRoutingStatuses(null))) {
            if (agentId.equals(s.get("agent_id").asText())) return s.get("status").asText();
        }
        throw new AssertionError("agent " + agentId + " not listed");
    }

    private Instant seenUpTo() {
        for (JsonNode u : E2e.items(world.aliceApi.getChat(chatId, null).get("users"))) {
            if (world.alice.userId().equals(u.get("id").asText())) return Instant.parse(u.get("events_seen_up_to").asText());
        }
        throw new AssertionError("alice is not a user of the chat");
    }
}
