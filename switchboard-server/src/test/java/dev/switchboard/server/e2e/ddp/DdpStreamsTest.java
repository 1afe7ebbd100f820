package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each stream carries (rocketchat-livechat.md §5.5, §5.6), seen on raw frames by a visitor that
 * subscribes exactly as widget 1.13.3 does. Covers checklist (§7) items 9, 64, 66, 67, 68, 69, 71
 * and 73, and the agents' inquiry-queue stream.
 */
class DdpStreamsTest {
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static RocketChatLivechat agent;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.admin();
        agent = server.onlineAgent(admin, "smith");
        E2e.manualSelection(admin);
    }

    @AfterAll
    static void stop() { server.close(); }

    /** A visitor with an open (queued) room and a widget-like socket subscribed to it. */
    private record Visitor(String token, String rid, RawDdp ddp) {}

    private static Visitor visitorWatchingItsRoom() {
        // An earlier test's agent socket logged out, which took smith's presence (AgentConnections): set it again.
        agent.setStatus("online", null);
        RocketChatLivechat rest = server.client();
        String token = TestServer.newToken();
        String rid = E2e.visitorRoom(rest, token).get("_id").asText();
        RawDdp ddp = RawDdp.connected(server.url());
        ddp.call("ddp-1", "livechat:setUpConnection", Map.of("token", token));
        Map<String, String> extra = Map.of("token", token, "visitorToken", token);
        assertThat(ddp.sub("ddp-2", "stream-room-messages", rid, extra).path("msg").asText()).isEqualTo("ready");
        assertThat(ddp.sub("ddp-3", "stream-notify-room", rid + "/typing", extra).path("msg").asText()).isEqualTo("ready");
        assertThat(ddp.sub("ddp-4", "stream-notify-room", rid + "/deleteMessage", extra).path("msg").asText()).isEqualTo("ready");
        assertThat(ddp.sub("ddp-5", "stream-livechat-room", rid, extra).path("msg").asText()).isEqualTo("ready");
        return new Visitor(token, rid, ddp);
    }

    private static RawDdp agentSocket(RocketChatLivechat who) {
        RawDdp ddp = RawDdp.connected(server.url());
        JsonNode login = ddp.call("login-1", "login", Map.of("resume", who.authToken()));
        assertThat(login.path("result").path("id").asText()).isEqualTo(who.userId());
        return ddp.logoutOnClose();
    }

    @Test
    void a_visitor_message_is_pushed_back_to_the_visitor_with_ejson_dates_and_the_literal_id() {
        Visitor v = visitorWatchingItsRoom();
        try (RawDdp ddp = v.ddp()) {
            server.client().message(v.token(), v.rid(), "hello there");

            JsonNode frame = ddp.awaitEvent("stream-room-messages", v.rid());
            assertThat(frame.fieldNames()).toIterable().containsExactly("msg", "collection", "id", "fields");
            assertThat(frame.path("id").asText()).isEqualTo("id");
            JsonNode message = frame.path("fields").path("args").get(0);
            assertThat(message.path("msg").asText()).isEqualTo("hello there");
            assertThat(message.path("rid").asText()).isEqualTo(v.rid());
            assertThat(message.path("token").asText()).isEqualTo(v.token());
            assertThat(message.path("ts").path("$date").isIntegralNumber()).as("EJSON ts: %s", message).isTrue();
            assertThat(message.path("_updatedAt").path("$date").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void taking_the_inquiry_posts_connected_then_uj_then_pushes_agent_data() {
        Visitor v = visitorWatchingItsRoom();
        try (RawDdp ddp = v.ddp()) {
            agent.inquiriesTake(E2e.inquiryOf(admin, v.rid()));

            JsonNode connected = ddp.awaitEvent("stream-room-messages", v.rid()).path("fields").path("args").get(0);
            assertThat(connected.path("t").asText()).isEqualTo("command");
            assertThat(connected.path("msg").asText()).isEqualTo("connected");
            JsonNode uj = ddp.awaitEvent("stream-room-messages", v.rid()).path("fields").path("args").get(0);
            assertThat(uj.path("t").asText()).isEqualTo("uj");
            assertThat(uj.path("msg").asText()).isEqualTo("smith");
            List<JsonNode> agentData = List.of(ddp.awaitEvent("stream-livechat-room", v.rid()));
            JsonNode payload = agentData.get(0).path("fields").path("args").get(0);
            assertThat(payload.path("type").asText()).isEqualTo("agentData");
            assertThat(payload.path("data").path("username").asText()).isEqualTo("smith");
            assertThat(payload.path("data").path("_id").asText()).isEqualTo(agent.userId());
        }
    }

    @Test
    void duplicate_subscriptions_each_receive_their_own_copy() {
        Visitor v = visitorWatchingItsRoom();
        try (RawDdp ddp = v.ddp()) {
            Map<String, String> extra = Map.of("token", v.token(), "visitorToken", v.token());
            ddp.sub("dup-1", "stream-livechat-room", v.rid(), extra);
            ddp.sub("dup-2", "stream-livechat-room", v.rid(), extra);
            agent.inquiriesTake(E2e.inquiryOf(admin, v.rid()));

            long copies = ddp.drain(1500).stream()
                    .filter(f -> "stream-livechat-room".equals(f.path("collection").asText())).count();
            assertThat(copies).isEqualTo(3);
        }
    }

    @Test
    void agent_typing_reaches_the_visitor_in_both_forms_and_visitor_typing_reaches_the_agent() {
        Visitor v = visitorWatchingItsRoom();
        agent.inquiriesTake(E2e.inquiryOf(admin, v.rid()));
        try (RawDdp visitor = v.ddp(); RawDdp smith = agentSocket(agent)) {
            Map<String, String> extra = Map.of("token", v.token(), "visitorToken", v.token());
            visitor.sub("ua", "stream-notify-room", v.rid() + "/user-activity", extra);
            assertThat(smith.sub("a-typing", "stream-notify-room", v.rid() + "/typing", Map.of()).path("msg").asText())
                    .isEqualTo("ready");

            JsonNode typed = smith.call("t1", "stream-notify-room", v.rid() + "/user-activity", "smith", List.of("user-typing"), Map.of());
            assertThat(typed.has("result")).isFalse();
            assertThat(typed.has("error")).isFalse();
            assertThat(visitor.awaitEvent("stream-notify-room", v.rid() + "/typing").path("fields").path("args"))
                    .isEqualTo(E2e.json("['smith', true]"));
            assertThat(visitor.awaitEvent("stream-notify-room", v.rid() + "/user-activity").path("fields").path("args"))
                    .isEqualTo(E2e.json("['smith', ['user-typing']]"));

            visitor.call("t2", "stream-notify-room", v.rid() + "/typing", "whatever-name", true, Map.of("token", v.token()));
            JsonNode visitorTyping = smith.awaitEvent("stream-notify-room", v.rid() + "/typing");
            assertThat(visitorTyping.path("fields").path("args").get(1).asBoolean()).isTrue();
            assertThat(visitorTyping.path("fields").path("args").get(0).asText()).startsWith("guest-");
            assertThat(visitor.drain(500)).as("the visitor does not hear its own typing")
                    .noneMatch(f -> f.path("fields").path("eventName").asText().endsWith("/typing"));
        }
    }

    @Test
    void typing_with_a_token_that_does_not_own_the_room_is_answered_empty_and_goes_nowhere() {
        Visitor v = visitorWatchingItsRoom();
        agent.inquiriesTake(E2e.inquiryOf(admin, v.rid()));
        try (RawDdp visitor = v.ddp(); RawDdp smith = agentSocket(agent)) {
            smith.sub("a-typing", "stream-notify-room", v.rid() + "/typing", Map.of());
            JsonNode forged = visitor.call("t1", "stream-notify-room", v.rid() + "/typing", "x", true, Map.of("token", "not-the-owner"));
            assertThat(forged).isEqualTo(E2e.json("{'msg':'result','id':'t1'}"));
            assertThat(smith.drain(500)).noneMatch(f -> "changed".equals(f.path("msg").asText()));
        }
    }

    @Test
    void closing_the_room_pushes_a_livechat_close_message_and_then_refuses_new_message_subscriptions() {
        Visitor v = visitorWatchingItsRoom();
        try (RawDdp ddp = v.ddp()) {
            server.client().closeRoom(v.rid(), v.token());

            JsonNode close = ddp.awaitEvent("stream-room-messages", v.rid()).path("fields").path("args").get(0);
            assertThat(close.path("t").asText()).isEqualTo("livechat-close");
            assertThat(close.path("msg").asText()).isEqualTo("Closed by visitor");
            assertThat(close.path("groupable").isBoolean()).isTrue();
            assertThat(close.path("groupable").asBoolean()).isFalse();
            assertThat(close.path("transcriptRequested").isBoolean()).isTrue();
            assertThat(close.path("token").asText()).isEqualTo(v.token());

            JsonNode again = ddp.sub("after-close", "stream-room-messages", v.rid(), Map.of("token", v.token(), "visitorToken", v.token()));
            assertThat(again.path("msg").asText()).isEqualTo("nosub");
        }
    }

    @Test
    void agents_watching_the_queue_see_inquiries_inserted_and_removed() {
        try (RawDdp smith = agentSocket(agent)) {
            assertThat(smith.sub("q", "stream-livechat-inquiry-queue-observer", "public", Map.of()).path("msg").asText())
                    .isEqualTo("ready");
            String token = TestServer.newToken();
            String rid = E2e.visitorRoom(server.client(), token).get("_id").asText();

            JsonNode inserted = smith.awaitEvent("stream-livechat-inquiry-queue-observer", "public").path("fields").path("args").get(0);
            assertThat(inserted.path("clientAction").asText()).isEqualTo("inserted");
            assertThat(inserted.path("rid").asText()).isEqualTo(rid);
            assertThat(inserted.path("status").asText()).isEqualTo("queued");
            agent.inquiriesTake(inserted.path("_id").asText());

            JsonNode removed = smith.awaitEvent("stream-livechat-inquiry-queue-observer", "public").path("fields").path("args").get(0);
            assertThat(removed.path("clientAction").asText()).isEqualTo("removed");
            assertThat(removed.path("_id").asText()).isEqualTo(inserted.path("_id").asText());
        }
    }

    @Test
    void the_queue_stream_is_refused_to_visitors_and_anonymous_sockets() {
        try (RawDdp anonymous = RawDdp.connected(server.url())) {
            JsonNode answer = anonymous.sub("q", "stream-livechat-inquiry-queue-observer", "public", Map.of());
            assertThat(answer.path("error").path("error").asText()).isEqualTo("not-allowed");
        }
    }

    @Test
    void an_agent_replies_over_ddp_and_the_visitor_receives_it_while_a_stranger_may_not_send() {
        Visitor v = visitorWatchingItsRoom();
        agent.inquiriesTake(E2e.inquiryOf(admin, v.rid()));
        RocketChatLivechat stranger = server.user(admin, "not-serving", List.of());
        try (RawDdp visitor = v.ddp(); RawDdp smith = agentSocket(agent); RawDdp other = agentSocket(stranger)) {
            JsonNode sent = smith.call("s1", "sendMessage", Map.of("_id", "agent-msg-1", "rid", v.rid(), "msg", "How can I help?"));
            assertThat(sent.path("result").path("_id").asText()).isEqualTo("agent-msg-1");
            assertThat(sent.path("result").path("u").path("username").asText()).isEqualTo("smith");
            JsonNode pushed = visitor.awaitFrame(f -> "stream-room-messages".equals(f.path("collection").asText())
                    && "How can I help?".equals(f.path("fields").path("args").path(0).path("msg").asText()));
            assertThat(pushed.path("fields").path("args").get(0).path("_id").asText()).isEqualTo("agent-msg-1");

            JsonNode refused = other.call("s2", "sendMessage", Map.of("rid", v.rid(), "msg", "let me in"));
            assertThat(refused.path("error").path("error").asText()).isEqualTo("error-not-allowed");
            try (RawDdp anonymous = RawDdp.connected(server.url())) {
                JsonNode notLoggedIn = anonymous.call("s3", "sendMessage", Map.of("rid", v.rid(), "msg", "hi"));
                assertThat(notLoggedIn.path("error").path("error").asText()).isEqualTo("error-invalid-user");
            }
        }
    }

    @Test
    void a_waiting_visitor_is_told_its_queue_spot_when_the_queue_moves() {
        Visitor first = visitorWatchingItsRoom();
        Visitor second = visitorWatchingItsRoom();
        try (RawDdp a = first.ddp(); RawDdp b = second.ddp()) {
            agent.inquiriesTake(E2e.inquiryOf(admin, first.rid()));
            List<String> waiting = E2e.texts(admin.inquiriesList(Map.of("count", 0, "sort", "{\"queuedAt\":1}"))
                    .get("inquiries"), "rid");
            assertThat(waiting).doesNotContain(first.rid()).contains(second.rid());
            int spot = waiting.indexOf(second.rid()) + 1;
            // Positions are announced off the request thread, so the push of the second room's own arrival
            // (spot 2) may still come after its subscription; the one that counts is the move to its new spot.
            JsonNode queueData = b.awaitFrame(f -> "stream-livechat-room".equals(f.path("collection").asText())
                    && "queueData".equals(f.path("fields").path("args").path(0).path("type").asText())
                    && f.path("fields").path("args").path(0).path("data").path("spot").asInt() == spot);
            assertThat(queueData.path("fields").path("eventName").asText()).isEqualTo(second.rid());
        }
    }

    @Test
    void login_with_an_unknown_resume_token_is_refused_with_403() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode refused = ddp.call("l1", "login", Map.of("resume", "not-a-token"));
            assertThat(refused.path("error").path("error").asInt()).isEqualTo(403);
            JsonNode ok = ddp.call("l2", "login", Map.of("resume", agent.authToken()));
            assertThat(ok.path("result").path("type").asText()).isEqualTo("resume");
            assertThat(ok.path("result").path("tokenExpires").path("$date").isIntegralNumber()).isTrue();
            assertThat(ok.path("result").path("token").asText()).isEqualTo(agent.authToken());
        }
    }
}
