package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disconnect-driven presence (routing issue item 2; core.livechat.AgentConnections, AgentDepartures):
 * an agent whose last DDP connection goes becomes offline, and {@code Livechat_agent_leave_action}
 * runs after {@code Livechat_agent_leave_action_timeout} unless the agent is back by then; an agent
 * without a socket keeps the presence it set; a restart counts as losing every connection. Also the
 * {@code agentStatus} push of checklist item 72 (rocketchat-livechat.md §5.5).
 */
class AgentDisconnectTest {
    private final TestClock clock = new TestClock();
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private String rid;
    private String token;

    @BeforeEach
    void a_room_served_by_alice_who_forwards_on_leaving_after_30_seconds() {
        server = TestServer.start(UnaryOperator.identity(), clock);
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        admin.settingsUpdate("Livechat_agent_leave_action", "forward");
        admin.settingsUpdate("Livechat_agent_leave_action_timeout", 30);
        RocketChatLivechat visitor = server.client();
        token = E2e.visitor(visitor, "Ann");
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        server.onlineAgent(admin, "bob");
    }

    @AfterEach
    void stop() { server.close(); }

    private RawDdp socketOf(RocketChatLivechat who) {
        RawDdp ddp = RawDdp.connected(server.url());
        assertThat(ddp.call("login-1", "login", Map.of("resume", who.authToken())).path("result").path("id").asText())
                .isEqualTo(who.userId());
        return ddp;
    }

    private RawDdp visitorWatchingTheRoom() {
        RawDdp ddp = RawDdp.connected(server.url());
        assertThat(ddp.sub("v-1", "stream-livechat-room", rid, Map.of("token", token, "visitorToken", token))
                .path("msg").asText()).isEqualTo("ready");
        return ddp;
    }

    private String presenceOf(RocketChatLivechat who) { return admin.usersInfo(who.userId()).at("/user/status").asText(); }

    private String servedBy() { return E2e.roomById(admin, rid).at("/servedBy/username").asText(null); }

    /** Two timer runs at least. */
    private static void letTheTimersRun() { await().pollDelay(Duration.ofMillis(2500)).until(() -> true); }

    @Test
    void an_agent_whose_last_connection_closes_goes_offline_and_its_chats_move_after_the_grace_period() {
        RawDdp first = socketOf(alice);
        RawDdp second = socketOf(alice);
        first.close();
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        assertThat(presenceOf(alice)).as("one connection left").isEqualTo("online");

        try (RawDdp visitor = visitorWatchingTheRoom()) {
            second.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> presenceOf(alice).equals("offline"));
            // Checklist 72: the visitor hears that its agent's presence changed.
            JsonNode push = visitor.awaitEvent("stream-livechat-room", rid).path("fields").path("args").get(0);
            assertThat(push.path("type").asText()).isEqualTo("agentStatus");
            assertThat(push.path("status").asText()).isEqualTo("offline");
        }
        clock.advance(Duration.ofSeconds(29));
        letTheTimersRun();
        assertThat(servedBy()).as("within the grace period").isEqualTo("alice");

        clock.advance(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> "bob".equals(servedBy()));
    }

    @Test
    void an_agent_that_reconnects_within_the_grace_period_gets_its_presence_back_and_keeps_its_chats() {
        socketOf(alice).close();
        await().atMost(Duration.ofSeconds(5)).until(() -> presenceOf(alice).equals("offline"));
        clock.advance(Duration.ofSeconds(20));

        try (RawDdp back = socketOf(alice)) {
            assertThat(presenceOf(alice)).isEqualTo("online");
            clock.advance(Duration.ofSeconds(60));
            letTheTimersRun();
            assertThat(servedBy()).isEqualTo("alice");
        }
    }

    @Test
    void an_agent_that_sets_itself_online_again_within_the_grace_period_keeps_its_chats() {
        socketOf(alice).close();
        await().atMost(Duration.ofSeconds(5)).until(() -> presenceOf(alice).equals("offline"));

        alice.setStatus("online", null);
        clock.advance(Duration.ofSeconds(60));
        letTheTimersRun();

        assertThat(servedBy()).isEqualTo("alice");
    }

    @Test
    void an_agent_that_never_opened_a_socket_keeps_the_presence_it_set() {
        clock.advance(Duration.ofMinutes(5));
        letTheTimersRun();

        assertThat(presenceOf(alice)).isEqualTo("online");
        assertThat(servedBy()).isEqualTo("alice");
    }

    @Test
    void an_agent_that_chose_offline_is_not_brought_back_by_a_connection() {
        try (RawDdp socket = socketOf(alice)) {
            alice.setStatus("offline", null);
        }
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);

        try (RawDdp again = socketOf(alice)) {
            assertThat(presenceOf(alice)).isEqualTo("offline");
        }
    }

    @Test
    void with_agent_info_hidden_no_agent_status_is_pushed() {
        admin.settingsUpdate("Livechat_show_agent_info", false);
        try (RawDdp visitor = visitorWatchingTheRoom()) {
            alice.setStatus("away", null);
            assertThat(visitor.drain(700)).noneMatch(f -> "stream-livechat-room".equals(f.path("collection").asText()));
        }
    }

    @Test
    void users_set_status_pushes_the_new_presence_to_the_agent_s_visitors() {
        try (RawDdp visitor = visitorWatchingTheRoom()) {
            alice.setStatus("away", null);
            JsonNode push = visitor.awaitEvent("stream-livechat-room", rid).path("fields").path("args").get(0);
            assertThat(push.path("type").asText()).isEqualTo("agentStatus");
            assertThat(push.path("status").asText()).isEqualTo("away");
        }
    }

    @Test
    void a_restart_counts_as_losing_every_connection_and_the_grace_period_runs_from_the_start() {
        RawDdp socket = socketOf(alice);
        server.restart();
        socket.close();
        admin = server.client();
        admin.login(TestServer.ADMIN, TestServer.PASSWORD);
        assertThat(presenceOf(alice)).isEqualTo("offline");

        clock.advance(Duration.ofSeconds(31));

        await().atMost(Duration.ofSeconds(10)).until(() -> "bob".equals(servedBy()));
    }

    @Test
    void a_leave_action_pending_at_a_restart_still_runs_after_it() {
        socketOf(alice).close();
        await().atMost(Duration.ofSeconds(5)).until(() -> presenceOf(alice).equals("offline"));

        server.restart();
        admin = server.client();
        admin.login(TestServer.ADMIN, TestServer.PASSWORD);
        clock.advance(Duration.ofSeconds(31));

        await().atMost(Duration.ofSeconds(10)).until(() -> "bob".equals(servedBy()));
    }
}
