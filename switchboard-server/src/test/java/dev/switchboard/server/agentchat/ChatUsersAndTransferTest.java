package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * follow_chat, unfollow_chat, add_user_to_chat, remove_user_from_chat, transfer_chat and
 * list_agents_for_transfer (§4.8–§4.12, §4.38) on a widget visitor's chat served by alice, with bob
 * as a second online agent in department Sales (LiveChat group 1). Checklist: C9, C10, C25, C27, C36.
 */
class ChatUsersAndTransferTest {
    private AgentChatWorld world;
    private AgentChatWorld.Visitor ann;
    private RocketChatLivechat bob;
    private AgentApi bobApi;
    private String sales;
    private String chatId;

    @BeforeEach
    void a_chat_served_by_alice_and_bob_online_in_sales() {
        world = new AgentChatWorld();
        ann = world.visitorServedByAlice("Ann");
        bob = world.server.onlineAgent(world.admin, "bob");
        bobApi = world.api(bob);
        sales = world.admin.createDepartment(Map.of("name", "Sales", "enabled", true, "showOnRegistration", true),
                List.of(Map.of("agentId", bob.userId()))).at("/department/_id").asText();
        chatId = world.chatOf(world.aliceApi, ann.roomId());
    }

    @AfterEach
    void stop() { world.close(); }


    @Test
    void c9_follow_chat_marks_the_chat_followed_and_unfollow_chat_undoes_it() {
        bobApi.followChat(chatId);
        bobApi.followChat(chatId);
        assertThat(bobApi.getChat(chatId, null).get("is_followed").asBoolean()).isTrue();
        assertThat(bobApi.call("unfollow_chat", Map.of("id", chatId)).toString()).isEqualTo("{}");
        assertThat(bobApi.getChat(chatId, null).get("is_followed").asBoolean()).isFalse();
    }

    @Test
    void a_chat_member_cannot_unfollow_and_unknown_chats_are_not_found() {
        assertError(failure(() -> world.aliceApi.unfollowChat(chatId)), 400, "validation");
        assertError(failure(() -> bobApi.followChat("nope")), 404, "not_found");
        assertError(failure(() -> bobApi.callRaw("follow_chat", "{\"id\":7}")), 400, "validation");
        assertError(failure(() -> bobApi.callRaw("follow_chat", "{}")), 400, "validation");
    }

    @Test
    void c25_add_user_to_chat_with_empty_visibility_adds_the_agent_with_visibility_all_and_it_can_write() {
        world.aliceApi.addUserToChat(chatId, bob.userId(), "agent", "", false);
        JsonNode bobUser = E2e.items(world.aliceApi.getChat(chatId, null).get("users")).stream()
                .filter(u -> bob.userId().equals(u.get("id").asText())).findFirst().orElseThrow();
        assertThat(bobUser.get("visibility").asText()).isEqualTo("all");
        assertThat(bobUser.get("type").asText()).isEqualTo("agent");
        assertThat(bobApi.sendEvent(chatId, AgentApi.message("bob here"), false)).isNotBlank();

        world.aliceApi.removeUserFromChat(chatId, bob.userId(), "agent", false);
        assertError(failure(() -> bobApi.sendEvent(chatId, AgentApi.message("gone"), false)), 403, "authorization");
    }

    @Test
    void add_user_to_chat_refuses_a_second_customer_an_unknown_user_and_an_outsider_requester() {
        String other = E2e.visitor(world.server.client(), "Other");
        assertError(failure(() -> world.aliceApi.addUserToChat(chatId, "someone", "customer", "all", false)), 400, "validation");
        world.aliceApi.addUserToChat(chatId, ann.customerId(), "customer", "all", false);
        assertError(failure(() -> world.aliceApi.addUserToChat(chatId, ann.customerId(), "customer", "agents", false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.addUserToChat(chatId, "ghost", "agent", "all", false)), 404, "not_found");
        assertError(failure(() -> world.aliceApi.addUserToChat(chatId, bob.userId(), "robot", "all", false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.addUserToChat(chatId, bob.userId(), "agent", "some", false)), 400, "validation");
        assertError(failure(() -> bobApi.addUserToChat(chatId, bob.userId(), "agent", "all", false)), 403, "authorization");
        bobApi.addUserToChat(chatId, bob.userId(), "agent", "agents", true);
        assertThat(other).isNotBlank();
    }

    @Test
    void remove_user_from_chat_refuses_customers_and_non_members() {
        assertError(failure(() -> world.aliceApi.removeUserFromChat(chatId, ann.customerId(), "customer", false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.removeUserFromChat(chatId, bob.userId(), "agent", false)), 404, "not_found");
        assertError(failure(() -> bobApi.removeUserFromChat(chatId, world.alice.userId(), "agent", false)),
                403, "authorization");
    }

    @Test
    void c27_transfer_chat_to_an_agent_is_the_rocket_chat_forward_with_its_history_message() {
        world.aliceApi.transferChat(chatId, "agent", List.of(bob.userId()), false, false);

        JsonNode room = E2e.roomById(world.admin, ann.roomId());
        assertThat(room.at("/servedBy/_id").asText()).isEqualTo(bob.userId());
        var messages = E2e.items(ann.client().messagesHistory(ann.roomId(), ann.token(), Map.of()).get("messages"));
        assertThat(messages).anyMatch(m -> "livechat_transfer_history".equals(m.path("t").asText()));
        assertThat(bobApi.getChat(chatId, null).at("/users/1/id").asText()).isEqualTo(bob.userId());
    }

    @Test
    void c27_transfer_chat_to_a_group_given_as_a_number_requeues_it_there_and_routing_gives_it_to_bob() {
        world.aliceApi.transferChat(chatId, "group", List.of(1), false, false);

        await().atMost(Duration.ofSeconds(5)).until(() -> bob.userId().equals(
                E2e.roomById(world.admin, ann.roomId()).at("/servedBy/_id").asText(null)));
        assertThat(E2e.roomById(world.admin, ann.roomId()).get("departmentId").asText()).isEqualTo(sales);
        assertThat(bobApi.getChat(chatId, null).at("/access/group_ids/0").asLong()).isEqualTo(1);
    }

    @Test
    void transfer_chat_without_an_available_agent_is_group_unavailable_unless_availability_is_ignored() {
        bob.agentStatus("not-available", null);
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "group", List.of("1"), false, false)),
                403, "group_unavailable");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", List.of(bob.userId()), false, false)),
                403, "group_unavailable");
        world.aliceApi.transferChat(chatId, "group", List.of(1), false, true);
        assertThat(E2e.roomById(world.admin, ann.roomId()).path("servedBy").isMissingNode()
                || E2e.roomById(world.admin, ann.roomId()).path("servedBy").isNull()).isTrue();
    }

    @Test
    void transfer_chat_rejects_bad_targets_outsiders_and_inactive_chats() {
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", Arrays.asList((Object) null), false, false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "group", null, false, false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "", List.of("x"), false, false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", List.of(5), false, false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "group", List.of(99), false, false)), 404, "not_found");
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", List.of("ghost"), false, false)), 404, "not_found");
        assertError(failure(() -> bobApi.transferChat(chatId, "agent", List.of(bob.userId()), false, false)), 403, "authorization");
        world.aliceApi.deactivateChat(chatId, false);
        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", List.of(bob.userId()), false, false)),
                400, "chat_inactive");
    }

    @Test
    void c10_c36_list_agents_for_transfer_is_a_bare_array_of_present_agents_fewest_chats_first() {
        JsonNode agents = world.aliceApi.listAgentsForTransfer(chatId);
        assertThat(agents.isArray()).isTrue();
        assertThat(E2e.texts(agents, "agent_id")).containsExactly(bob.userId());
        assertThat(agents.at("/0/total_active_chats").isIntegralNumber()).isTrue();
        assertThat(agents.at("/0/total_active_chats").asLong()).isZero();
        bob.setStatus("offline", "");
        assertThat(world.aliceApi.listAgentsForTransfer(chatId).toString()).isEqualTo("[]");
        assertError(failure(() -> world.aliceApi.listAgentsForTransfer("nope")), 404, "not_found");
    }
}
