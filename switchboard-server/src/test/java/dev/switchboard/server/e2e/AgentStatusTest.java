package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/agent.status} (rocketchat-livechat.md §4.4) and what an agent's going offline does
 * to its chats ({@code Livechat_agent_leave_action}).
 */
class AgentStatusTest {
    @Test
    void an_agent_toggles_or_sets_its_availability_and_a_manager_may_set_anyones() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat bob = server.onlineAgent(admin, "bob");

            assertThat(alice.agentStatus(null, null).get("status").asText()).isEqualTo("not-available");
            assertThat(alice.agentStatus(null, null).get("status").asText()).isEqualTo("available");
            assertThat(alice.agentStatus("available", null).get("status").asText()).isEqualTo("available");
            assertThat(admin.agentStatus("not-available", alice.userId()).get("status").asText()).isEqualTo("not-available");
            assertThat(admin.getUser("agent", alice.userId()).at("/user/statusLivechat").asText()).isEqualTo("not-available");

            var unknown = failure(() -> admin.agentStatus("available", "no-such-agent"));
            var others = failure(() -> bob.agentStatus("available", alice.userId()));
            var bad = failure(() -> alice.agentStatus("sleeping", null));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body().toString()).isEqualTo("{\"success\":false,\"error\":\"Agent not found\"}");
            assertThat(others.status()).isEqualTo(403);
            assertThat(bad.status()).isEqualTo(400);
        }
    }

    @Test
    void by_default_an_agent_going_offline_keeps_its_chats() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String rid = visitor.room(E2e.visitor(visitor, "Ann"), Map.of()).at("/room/_id").asText();

            alice.setStatus("offline", null);

            assertThat(E2e.roomById(admin, rid).at("/servedBy/username").asText()).isEqualTo("alice");
        }
    }

    @Test
    void with_the_forward_action_an_agent_going_offline_hands_its_chats_to_the_others() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            admin.settingsUpdate("Livechat_agent_leave_action", "forward");
            admin.settingsUpdate("Livechat_agent_leave_action_timeout", 0);
            RocketChatLivechat visitor = server.client();
            String rid = visitor.room(E2e.visitor(visitor, "Ann"), Map.of()).at("/room/_id").asText();
            RocketChatLivechat bob = server.onlineAgent(admin, "bob");

            alice.setStatus("offline", null);

            await().atMost(Duration.ofSeconds(5)).until(() ->
                    "bob".equals(E2e.roomById(admin, rid).at("/servedBy/username").asText(null)));
            assertThat(bob.userId()).isNotNull();
        }
    }

    @Test
    void with_the_close_action_an_agent_going_offline_closes_its_chats_with_the_configured_comment() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            admin.settingsUpdate("Livechat_agent_leave_action", "close");
            admin.settingsUpdate("Livechat_agent_leave_action_timeout", 0);
            admin.settingsUpdate("Livechat_agent_leave_comment", "Agent went home");
            RocketChatLivechat visitor = server.client();
            String rid = visitor.room(E2e.visitor(visitor, "Ann"), Map.of()).at("/room/_id").asText();

            alice.setStatus("offline", null);

            var room = E2e.roomById(admin, rid);
            assertThat(room.has("open")).isFalse();
            assertThat(room.get("closer").asText()).isEqualTo("user");
        }
    }
}
