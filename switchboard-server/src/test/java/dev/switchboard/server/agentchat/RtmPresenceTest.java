package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.client.ddp.AgentRealtime;
import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.VisitorRealtime;
import dev.switchboard.client.livechat.AgentRtm;
import dev.switchboard.server.e2e.E2e;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RTM connections hold an agent's presence (livechat-agent-api-v3.6.md §5.1, §5.3; core
 * {@code AgentConnections}): as in LiveChat, an agent whose last RTM connection is gone for good (closed
 * and not resumed within the resume window, or logged out) is offline, its routing status is
 * {@code offline}, and new chats are no longer routed to it; an RTM socket and a DDP socket of the same
 * agent count together. Short resume window via {@code realtime.resume-window-seconds}.
 */
class RtmPresenceTest {
    private static final Duration RESUME_WINDOW = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private AgentChatWorld world;

    @BeforeEach
    void a_node_with_a_short_resume_window_that_queues_chats_when_no_agent_is_online() {
        DdpLimits d = DdpLimits.defaults();
        world = new AgentChatWorld(cfg -> cfg.withRealtime(new DdpLimits(RESUME_WINDOW, d.replayFrames(), d.maxPendingChars(),
                d.maxFrameBytes(), d.pingAfter(), d.closeAfter(), d.maxSubscriptions())));
        world.admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
    }

    @AfterEach
    void stop() { world.close(); }

    private String presenceOfAlice() { return world.admin.usersInfo(world.alice.userId()).at("/user/status").asText(); }

    /** Alice's LiveChat routing status as another agent's client sees it (§4.32). */
    private String routingStatusOfAlice() {
        for (JsonNode s : E2e.items(world.adminApi.listRoutingStatuses(null))) {
            if (world.alice.userId().equals(s.get("agent_id").asText())) return s.get("status").asText();
        }
        throw new AssertionError("alice is not listed");
    }

    /** Who a new widget visitor's chat is given to (null: queued). */
    private String agentOfANewChat(String visitorName) {
        var visitor = world.server.client();
        JsonNode room = visitor.room(E2e.visitor(visitor, visitorName), Map.of()).get("room");
        return room.at("/servedBy/username").asText(null);
    }

    private void awaitAliceOffline() {
        await().atMost(WAIT).until(() -> presenceOfAlice().equals("offline"));
    }

    /** Well within the resume window, to see that a lost socket did not yet take the presence. */
    private static void aMoment() { await().pollDelay(Duration.ofMillis(300)).until(() -> true); }

    @Test
    void closing_the_only_rtm_socket_makes_the_agent_offline_after_the_resume_window_and_chats_no_longer_reach_it() {
        AgentRtm rtm = world.rtm(world.alice);
        assertThat(agentOfANewChat("Ann")).isEqualTo("alice");

        rtm.close();
        aMoment();
        assertThat(presenceOfAlice()).as("still resumable").isEqualTo("online");

        awaitAliceOffline();
        assertThat(routingStatusOfAlice()).isEqualTo("offline");
        assertThat(agentOfANewChat("Bea")).as("queued, not given to an agent who left").isNull();
    }

    @Test
    void a_socket_resumed_within_the_window_never_lets_the_presence_go() throws Exception {
        AgentRtm first = world.rtm(world.alice);
        first.killSocket();
        try (AgentRtm resumed = first.resume(URI.create(world.server.url()), "Bearer " + world.alice.authToken())) {
            assertThat(resumed.frames()).anyMatch(f -> f.at("/payload/resumed").asBoolean());
            Thread.sleep(RESUME_WINDOW.toMillis() * 2);
            assertThat(presenceOfAlice()).isEqualTo("online");
            assertThat(agentOfANewChat("Ann")).isEqualTo("alice");
        }
    }

    @Test
    void logging_in_over_rtm_again_gives_back_the_presence_the_lost_connection_took() {
        world.rtm(world.alice).close();
        awaitAliceOffline();

        try (AgentRtm back = world.rtm(world.alice)) {
            assertThat(presenceOfAlice()).isEqualTo("online");
            assertThat(routingStatusOfAlice()).isEqualTo("accepting_chats");
            assertThat(agentOfANewChat("Ann")).isEqualTo("alice");
        }
    }

    @Test
    void an_agent_with_a_ddp_and_an_rtm_socket_goes_offline_only_when_both_are_gone() throws Exception {
        AgentRtm rtm = world.rtm(world.alice);
        try (DdpClient ddp = DdpClient.connect(URI.create(world.server.url()))) {
            new AgentRealtime(ddp).login(world.alice.authToken()).get(10, TimeUnit.SECONDS);
            rtm.close();
            Thread.sleep(RESUME_WINDOW.toMillis() * 2);
            assertThat(presenceOfAlice()).as("the DDP socket still holds it").isEqualTo("online");
            assertThat(agentOfANewChat("Ann")).isEqualTo("alice");
        }
        awaitAliceOffline();
        assertThat(agentOfANewChat("Bea")).isNull();
    }

    @Test
    void the_rtm_socket_holds_the_presence_when_the_ddp_socket_goes() throws Exception {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            try (DdpClient ddp = DdpClient.connect(URI.create(world.server.url()))) {
                new AgentRealtime(ddp).login(world.alice.authToken()).get(10, TimeUnit.SECONDS);
            }
            Thread.sleep(RESUME_WINDOW.toMillis() * 2);
            assertThat(presenceOfAlice()).isEqualTo("online");
            assertThat(agentOfANewChat("Ann")).isEqualTo("alice");
        }
    }

    @Test
    void the_logout_action_ends_the_connection_and_the_presence_at_once() {
        AgentRtm rtm = world.rtm(world.alice);
        rtm.request("logout", Map.of()).join();
        assertThat(rtm.closed().orTimeout(5, TimeUnit.SECONDS).join()).isNotNull();
        // Well inside the resume window: a logout is not a lost socket that may come back.
        await().atMost(RESUME_WINDOW.minusMillis(500)).until(() -> presenceOfAlice().equals("offline"));
        assertThat(agentOfANewChat("Ann")).isNull();
    }

    @Test
    void a_failed_resume_swaps_the_session_without_the_agent_going_offline_even_for_a_moment() throws Exception {
        AgentChatWorld.Visitor ann = world.visitorServedByAlice("Ann");
        AgentRtm first = world.rtm(world.alice);
        first.killSocket();
        try (DdpClient widget = DdpClient.connect(URI.create(world.server.url()))) {
            // Ann's widget hears every presence change of her agent (rocketchat-livechat.md checklist 72).
            List<String> heard = new CopyOnWriteArrayList<>();
            widget.addListener(e -> {
                if ("agentStatus".equals(e.arg(0).path("type").asText())) heard.add(e.arg(0).path("status").asText());
            });
            new VisitorRealtime(widget, ann.token()).watchRoom(ann.roomId()).get(10, TimeUnit.SECONDS);

            // A seq from the future cannot be served from the buffer: a fresh session replaces the old one.
            try (AgentRtm next = AgentRtm.connect(URI.create(world.server.url()))) {
                JsonNode login = next.login(Map.of("token", "Bearer " + world.alice.authToken(),
                        "resume", Map.of("session_id", first.sessionId(), "seq", 1_000_000)));
                assertThat(login.get("resumed").asBoolean()).isFalse();
                Thread.sleep(RESUME_WINDOW.toMillis() * 2);
                assertThat(presenceOfAlice()).isEqualTo("online");
                assertThat(heard).as("no dip to offline between the two sessions").isEmpty();

                next.close();
                awaitAliceOffline();
                await().atMost(WAIT).until(() -> heard.contains("offline"));   // the listener does hear a real loss
            }
        }
    }

    @Test
    void the_leave_action_forwards_the_chats_of_an_agent_whose_last_rtm_socket_went_for_good() {
        world.admin.settingsUpdate("Livechat_agent_leave_action", "forward");
        world.admin.settingsUpdate("Livechat_agent_leave_action_timeout", 1);
        AgentChatWorld.Visitor ann = world.visitorServedByAlice("Ann");
        world.server.onlineAgent(world.admin, "bob");

        world.rtm(world.alice).close();
        awaitAliceOffline();

        await().atMost(WAIT).until(() -> "bob".equals(E2e.roomById(world.admin, ann.roomId()).at("/servedBy/username").asText(null)));
    }
}
