package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.client.livechat.AgentRtm;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RTM pushes caused through the Web API and the Rocket.Chat API (§5.6; C45, C47, C48, C52), the
 * login and silence timeouts (C46, C52), and resumption without loss (Switchboard's extension).
 */
class RtmPushesTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private AgentChatWorld world;

    @AfterEach
    void stop() { if (world != null) world.close(); }

    @Test
    void a_widget_visitor_writing_reaches_the_serving_agent_as_incoming_event_with_a_sequence_number() {
        world = new AgentChatWorld();
        try (AgentRtm rtm = world.rtm(world.alice)) {
            var ann = world.visitorServedByAlice("Ann");
            JsonNode incoming = rtm.awaitPush("incoming_chat", WAIT);
            assertThat(incoming.at("/payload/chat/id").asText()).isNotEmpty();                 // C30
            assertThat(incoming.at("/payload/chat/thread/id").asText()).isEqualTo(ann.roomId());
            JsonNode added = rtm.awaitPush("user_added_to_chat", WAIT);
            assertThat(added.at("/payload/user/id").asText()).isEqualTo(world.alice.userId());
            assertThat(added.at("/payload/reason").asText()).isEqualTo("assigned");
            ann.client().message(ann.token(), ann.roomId(), "Hi there");
            JsonNode event = rtm.awaitPush("incoming_event", WAIT);
            while (event != null && !"message".equals(event.at("/payload/event/type").asText())) event = rtm.awaitPush("incoming_event", WAIT);
            assertThat(event.get("type").asText()).isEqualTo("push");
            assertThat(event.get("version").asText()).isEqualTo("3.6");
            assertThat(event.get("request_id").asText()).isEmpty();
            assertThat(event.get("seq").asLong()).isPositive();
            assertThat(event.at("/payload/chat_id").asText()).isEqualTo(incoming.at("/payload/chat/id").asText());
            assertThat(event.at("/payload/thread_id").asText()).isEqualTo(ann.roomId());
            assertThat(event.at("/payload/event/text").asText()).isEqualTo("Hi there");
            assertThat(event.at("/payload/event/author_id").asText()).isEqualTo(ann.customerId());
        }
    }

    @Test
    void c48_the_requesters_own_push_carries_its_request_id_and_deactivation_pushes_chat_deactivated() {
        world = new AgentChatWorld();
        var ann = world.visitorServedByAlice("Ann");
        String chatId = world.chatOf(world.aliceApi, ann.roomId());
        try (AgentRtm rtm = world.rtm(world.alice)) {
            rtm.sendText("{\"request_id\":\"send-1\",\"action\":\"send_event\",\"payload\":{\"chat_id\":\"" + chatId
                    + "\",\"event\":{\"type\":\"message\",\"text\":\"From RTM\",\"visibility\":\"all\"},\"attach_to_last_thread\":false}}");
            JsonNode own = rtm.awaitPush("incoming_event", WAIT);
            assertThat(own.get("request_id").asText()).isEqualTo("send-1");
            assertThat(own.at("/payload/event/text").asText()).isEqualTo("From RTM");
            assertThat(RtmProtocolTest.awaitFrame(rtm, "send-1").at("/payload/event_id").asText()).isEqualTo(own.at("/payload/event/id").asText());
            world.aliceApi.deactivateChat(chatId, false);
            JsonNode closed = rtm.awaitPush("chat_deactivated", WAIT);
            assertThat(closed.at("/payload/chat_id").asText()).isEqualTo(chatId);
            assertThat(closed.at("/payload/thread_id").asText()).isEqualTo(ann.roomId());
            assertThat(closed.at("/payload/user_id").asText()).isEqualTo(world.alice.userId());
        }
    }

    @Test
    void set_away_status_on_the_only_connection_stops_accepting_chats_and_pushes_routing_status_set() {
        world = new AgentChatWorld();
        try (AgentRtm rtm = world.rtm(world.alice)) {
            assertThat(rtm.request("set_away_status", Map.of("away", true)).join().isObject()).isTrue();
            JsonNode status = rtm.awaitPush("routing_status_set", WAIT);
            assertThat(status.at("/payload/agent_id").asText()).isEqualTo(world.alice.userId());
            assertThat(status.at("/payload/status").asText()).isEqualTo("not_accepting_chats");
            rtm.request("set_away_status", Map.of("away", false)).join();
            assertThat(rtm.awaitPush("routing_status_set", WAIT).at("/payload/status").asText()).isEqualTo("accepting_chats");
            assertThat(RtmProtocolTest.error(rtm.request("set_away_status", Map.of())).type()).isEqualTo("validation");
        }
    }

    @Test
    void login_pushes_filter_keeps_only_the_named_pushes() {
        world = new AgentChatWorld();
        try (AgentRtm rtm = AgentRtm.connect(URI.create(world.server.url()))) {
            rtm.login(Map.of("token", "Bearer " + world.alice.authToken(), "pushes", Map.of("3.6", java.util.List.of("incoming_event"))));
            var ann = world.visitorServedByAlice("Ann");
            ann.client().message(ann.token(), ann.roomId(), "filtered");
            assertThat(rtm.awaitPush("incoming_event", WAIT)).isNotNull();
            assertThat(rtm.awaitPush("incoming_chat", Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void resume_after_a_lost_socket_delivers_exactly_the_missed_pushes_in_order() {
        world = new AgentChatWorld();
        var ann = world.visitorServedByAlice("Ann");
        AgentRtm first = world.rtm(world.alice);
        ann.client().message(ann.token(), ann.roomId(), "one");
        assertThat(first.awaitPush("incoming_event", WAIT)).isNotNull();
        long seen = first.lastSeq();
        first.killSocket();
        ann.client().message(ann.token(), ann.roomId(), "two");
        ann.client().message(ann.token(), ann.roomId(), "three");
        try (AgentRtm second = first.resume(URI.create(world.server.url()), "Bearer " + world.alice.authToken())) {
            JsonNode login = second.frames().stream().filter(f -> "login".equals(f.path("action").asText())).findFirst().orElseThrow();
            assertThat(login.at("/payload/resumed").asBoolean()).isTrue();
            JsonNode two = second.awaitPush("incoming_event", WAIT);
            JsonNode three = second.awaitPush("incoming_event", WAIT);
            assertThat(two.at("/payload/event/text").asText()).isEqualTo("two");
            assertThat(three.at("/payload/event/text").asText()).isEqualTo("three");
            assertThat(two.get("seq").asLong()).isEqualTo(seen + 1);
            assertThat(three.get("seq").asLong()).isEqualTo(seen + 2);
        }
        try (AgentRtm stranger = AgentRtm.connect(URI.create(world.server.url()))) {
            JsonNode login = stranger.login(Map.of("token", "Bearer " + world.admin.authToken(),
                    "resume", Map.of("session_id", first.sessionId(), "seq", 0)));
            assertThat(login.get("resumed").asBoolean()).as("another agent cannot take the session").isFalse();
            assertThat(login.get("session_id").asText()).isNotEqualTo(first.sessionId());
        }
    }

    @Test
    void c46_c52_a_connection_that_does_not_log_in_in_time_is_closed_and_a_silent_one_gets_agent_disconnected_first() {
        world = new AgentChatWorld(cfg -> cfg.withRealtime(new DdpLimits(Duration.ofSeconds(60), 4096, 4L << 20, 256 * 1024,
                Duration.ofMillis(700), Duration.ofSeconds(30), 1000)));
        try (AgentRtm anonymous = AgentRtm.connect(URI.create(world.server.url()))) {
            anonymous.ping().join();                                          // a no-op before login: does not extend the deadline
            assertThat(anonymous.closed().orTimeout(5, TimeUnit.SECONDS).join()).isNotNull();
        }
        AgentRtm silent = world.rtm(world.alice);
        JsonNode bye = silent.awaitPush("agent_disconnected", WAIT);
        assertThat(bye.at("/payload/reason").asText()).isEqualTo("connection_timeout");
        assertThat(silent.closed().orTimeout(5, TimeUnit.SECONDS).join()).isNotNull();
    }

    @Test
    void c46_protocol_pings_and_control_frame_pings_keep_a_logged_in_connection_open() throws InterruptedException {
        world = new AgentChatWorld(cfg -> cfg.withRealtime(new DdpLimits(Duration.ofSeconds(60), 4096, 4L << 20, 256 * 1024,
                Duration.ofMillis(700), Duration.ofSeconds(30), 1000)));
        try (AgentRtm rtm = world.rtm(world.alice)) {
            for (int i = 0; i < 8; i++) {
                Thread.sleep(250);
                if (i % 2 == 0) rtm.ping().join();
                else rtm.controlPing();
            }
            assertThat(rtm.closed().isDone()).isFalse();
            assertThat(rtm.awaitPush("agent_disconnected", Duration.ZERO)).isNull();
        }
    }
}
