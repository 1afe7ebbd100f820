package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity and the self-draining queue (routing issue items 1, 3 and 4): limits at the three levels,
 * a queue that empties as soon as capacity frees, and the routing methods chosen by setting.
 */
class CapacityTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;

    @BeforeEach
    void alice_online() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
    }

    @AfterEach
    void stop() { server.close(); }

    private String open(String name) {
        String token = E2e.visitor(visitor, name);
        return visitor.room(token, Map.of()).at("/room/_id").asText();
    }

    private String agentOf(String rid) { return E2e.roomById(admin, rid).at("/servedBy/username").asText(null); }

    @Test
    void with_the_global_limit_reached_a_new_room_waits_and_is_assigned_as_soon_as_a_chat_closes() {
        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 1);
        String first = open("First");
        String second = open("Second");
        String third = open("Third");
        assertThat(agentOf(first)).isEqualTo("alice");
        assertThat(agentOf(second)).isNull();

        alice.closeRoomByUser(first, "done");

        await().atMost(Duration.ofSeconds(5)).until(() -> "alice".equals(agentOf(second)));
        assertThat(agentOf(third)).as("FIFO: the younger one keeps waiting").isNull();
    }

    @Test
    void raising_a_limit_or_an_agent_becoming_available_drains_the_queue() {
        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 1);
        open("Served");
        String waiting = open("Waiting");

        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> "alice".equals(agentOf(waiting)));

        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 0);
        admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
        alice.agentStatus("not-available", null);
        String later = open("Later");
        assertThat(agentOf(later)).isNull();
        assertThat(alice.agentStatus(null, null).get("status").asText()).isEqualTo("available");
        await().atMost(Duration.ofSeconds(5)).until(() -> "alice".equals(agentOf(later)));
    }

    @Test
    void an_agent_joining_the_department_takes_its_waiting_room() {
        admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
        var fields = Map.of("name", "Sales", "enabled", true, "showOnRegistration", true);
        String dept = admin.createDepartment(fields, List.of()).at("/department/_id").asText();
        String token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann", "department", dept));
        String rid = visitor.room(token, Map.of()).at("/room/_id").asText();
        assertThat(agentOf(rid)).isNull();

        admin.updateDepartment(dept, fields, List.of(Map.of("agentId", alice.userId())));

        await().atMost(Duration.ofSeconds(5)).until(() -> "alice".equals(agentOf(rid)));
    }

    @Test
    void the_agents_own_limit_wins_over_the_department_limit_and_the_global_one() {
        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 5);
        String dept = admin.createDepartment(Map.of("name", "Sales", "enabled", true, "showOnRegistration", true,
                "maxNumberSimultaneousChat", 4), List.of(Map.of("agentId", alice.userId()))).at("/department/_id").asText();
        assertThat(admin.getDepartment(dept).at("/department/maxNumberSimultaneousChat").asLong()).isEqualTo(4);
        admin.agentSaveInfo(alice.userId(), 1);

        String first = open("First");
        String second = open("Second");

        assertThat(agentOf(first)).isEqualTo("alice");
        assertThat(agentOf(second)).isNull();
        admin.agentSaveInfo(alice.userId(), 0); // cleared: the global 5 applies again
        await().atMost(Duration.ofSeconds(5)).until(() -> "alice".equals(agentOf(second)));
    }

    @Test
    void an_agent_at_its_limit_cannot_take_from_the_queue_by_hand() {
        E2e.manualSelection(admin);
        admin.agentSaveInfo(alice.userId(), 1);
        String first = open("First");
        String second = open("Second");
        alice.inquiriesTake(E2e.inquiryOf(admin, first));

        var refused = failure(() -> alice.inquiriesTake(E2e.inquiryOf(admin, second)));

        assertThat(refused.body().get("errorType").asText()).isEqualTo("error-max-number-simultaneous-chats-reached");
    }

    @Test
    void load_rotation_chosen_by_setting_goes_round_the_agents_whatever_their_load() {
        RocketChatLivechat bob = server.onlineAgent(admin, "bob");
        admin.settingsUpdate("Livechat_Routing_Method", "Load_Rotation");

        List<String> agents = List.of(open("1"), open("2"), open("3"), open("4")).stream().map(this::agentOf).toList();

        assertThat(agents.get(0)).isNotEqualTo(agents.get(1));
        assertThat(agents.get(2)).isEqualTo(agents.get(0));
        assertThat(agents.get(3)).isEqualTo(agents.get(1));
        assertThat(agents).containsOnly("alice", "bob");
    }

    @Test
    void an_unknown_routing_method_or_a_negative_limit_is_refused() {
        var method = failure(() -> admin.settingsUpdate("Livechat_Routing_Method", "Fastest_Finger"));
        var limit = failure(() -> admin.agentSaveInfo(alice.userId(), -1));

        assertThat(method.status()).isEqualTo(400);
        assertThat(limit.status()).isEqualTo(400);
        JsonNode setting = admin.settingsGet("Livechat_Routing_Method");
        assertThat(setting.get("value").asText()).isEqualTo("Auto_Selection");
    }
}
