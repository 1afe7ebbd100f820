package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.client.livechat.AgentRtm;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RTM websocket's frames, login and errors (livechat-agent-api-v3.6.md §5.1–§5.5; C47–C51).
 */
class RtmProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private AgentChatWorld world;
    private AgentChatWorld.Visitor ann;
    private String chatId;

    @BeforeEach
    void a_visitor_served_by_alice() {
        world = new AgentChatWorld();
        ann = world.visitorServedByAlice("Ann");
        ann.client().message(ann.token(), ann.roomId(), "Hello");
        chatId = world.chatOf(world.aliceApi, ann.roomId());
    }

    @AfterEach
    void stop() { world.close(); }

    private AgentRtm connect() { return AgentRtm.connect(URI.create(world.server.url()), "org-1"); }

    @Test
    void c49_login_answers_license_profile_and_chat_summaries_then_pushes_incoming_customers() {
        try (AgentRtm rtm = AgentRtm.connect(URI.create(world.server.url()))) {
            JsonNode login = rtm.login(Map.of("token", "Bearer " + world.alice.authToken(), "timezone", "Europe/Warsaw",
                    "reconnect", false, "application", Map.of("name", "test", "version", "1"), "away", false,
                    "customer_monitoring_level", "my", "pushes", Map.of("3.6", List.of("all"))));
            assertThat(login.at("/license/expiration_timestamp").isIntegralNumber()).isTrue();
            assertThat(login.at("/license/creation_timestamp").isIntegralNumber()).isTrue();
            assertThat(login.at("/license/organization_id").isTextual()).isTrue();
            assertThat(login.at("/my_profile/id").asText()).isEqualTo(world.alice.userId());
            assertThat(login.at("/my_profile/type").asText()).isEqualTo("agent");
            assertThat(login.at("/my_profile/routing_status").asText()).isEqualTo("accepting_chats");
            assertThat(login.at("/my_profile/permission").asText()).isEqualTo("normal");
            assertThat(login.at("/chats_summary/0/id").asText()).isEqualTo(chatId);
            assertThat(login.at("/chats_summary/0/last_thread_summary/id").asText()).isEqualTo(ann.roomId());
            assertThat(login.get("session_id").asText()).hasSizeGreaterThan(20);
            JsonNode customers = rtm.awaitPush("incoming_customers", WAIT);
            assertThat(customers.get("request_id").asText()).isEmpty();          // C48
            assertThat(customers.get("version").asText()).isEqualTo("3.6");      // C47
            assertThat(customers.at("/payload/customer_monitoring_level").asText()).isEqualTo("my");
            assertThat(customers.at("/payload/customers/0/id").asText()).isEqualTo(ann.customerId());
        }
    }

    @Test
    void c47_c48_responses_echo_request_id_and_action_and_a_basic_token_logs_in_too() {
        try (AgentRtm rtm = connect()) {
            String basic = Base64.getEncoder().encodeToString((world.alice.userId() + ":" + world.alice.authToken()).getBytes());
            rtm.login("Basic " + basic);
            rtm.sendText("{\"version\":\"3.6\",\"request_id\":\"abc\",\"action\":\"get_chat\",\"payload\":{\"chat_id\":\"" + chatId + "\"}}");
            JsonNode response = awaitFrame(rtm, "abc");
            assertThat(response.get("action").asText()).isEqualTo("get_chat");
            assertThat(response.get("type").asText()).isEqualTo("response");
            assertThat(response.get("success").asBoolean()).isTrue();
            assertThat(response.at("/payload/id").asText()).isEqualTo(chatId);
        }
    }

    @Test
    void c50_web_actions_over_rtm_answer_the_same_payloads_as_the_web_api() {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            JsonNode overRtm = rtm.request("get_chat", Map.of("chat_id", chatId)).join();
            assertThat(overRtm).isEqualTo(world.aliceApi.getChat(chatId, null));
            JsonNode list = rtm.request("list_chats", Map.of()).join();
            assertThat(list.get("found_chats").asLong()).isEqualTo(1);
            assertThat(error(rtm.request("upload_file", Map.of())).type()).isEqualTo("validation");
        }
    }

    @Test
    void c46_ping_before_login_is_answered_but_other_requests_need_authentication() {
        try (AgentRtm rtm = connect()) {
            assertThat(rtm.ping().join().isObject()).isTrue();
            assertThat(error(rtm.request("list_chats", Map.of())).type()).isEqualTo("authentication");
            assertThat(error(rtm.request("login", Map.of("token", "Bearer nope"))).type()).isEqualTo("authentication");
            assertThat(error(rtm.request("login", Map.of("token", world.alice.authToken()))).type()).isEqualTo("authentication");
            assertThat(error(rtm.request("login", Map.of())).type()).isEqualTo("validation");
        }
    }

    @Test
    void bad_frames_unknown_actions_and_wrong_types_are_validation_errors_never_a_closed_socket() {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            rtm.sendText("{not json");
            JsonNode bad = awaitFrame(rtm, "");
            assertThat(bad.get("success").asBoolean()).isFalse();
            assertThat(bad.at("/payload/error/type").asText()).isEqualTo("validation");
            rtm.sendText("{\"request_id\":\"x1\",\"payload\":{}}");
            assertThat(awaitFrame(rtm, "x1").at("/payload/error/type").asText()).isEqualTo("validation");
            rtm.sendText("{\"request_id\":\"x2\",\"action\":\"get_chat\",\"payload\":[1,2]}");
            assertThat(awaitFrame(rtm, "x2").at("/payload/error/type").asText()).isEqualTo("validation");
            rtm.sendText("{\"request_id\":\"x3\",\"version\":\"3.5\",\"action\":\"list_chats\"}");
            assertThat(awaitFrame(rtm, "x3").at("/payload/error/type").asText()).isEqualTo("unsupported_version");
            assertThat(error(rtm.request("no_such_action", Map.of())).type()).isEqualTo("validation");
            assertThat(error(rtm.request("get_chat", Map.of("chat_id", 5))).type()).isEqualTo("validation");
            assertThat(error(rtm.request("get_chat", Map.of("chat_id", "unknown"))).type()).isEqualTo("not_found");
            assertThat(rtm.ping().join().isObject()).isTrue();
        }
    }

    @Test
    void c51_bots_cannot_log_in_over_rtm() {
        var bot = world.server.user(world.admin, "botty", List.of("bot"));
        try (AgentRtm rtm = connect()) {
            assertThat(error(rtm.request("login", Map.of("token", "Bearer " + bot.authToken()))).type()).isEqualTo("authorization");
        }
    }

    @Test
    void c51_more_than_ten_pending_requests_are_refused_with_pending_requests_limit_reached() {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            List<CompletableFuture<JsonNode>> burst = new ArrayList<>();
            for (int i = 0; i < 60; i++) burst.add(rtm.request("list_chats", Map.of()));
            int refused = 0;
            int answered = 0;
            for (var f : burst) {
                try {
                    f.join();
                    answered++;
                } catch (CompletionException e) {
                    assertThat(((AgentApiException) e.getCause()).type()).isEqualTo("pending_requests_limit_reached");
                    refused++;
                }
            }
            assertThat(refused).isPositive();
            assertThat(answered).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void c50_update_session_takes_a_new_token_of_the_same_agent_only() {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            assertThat(rtm.request("update_session", Map.of("token", "Bearer " + world.alice.authToken())).join().isObject()).isTrue();
            assertThat(error(rtm.request("update_session", Map.of("token", "Bearer " + world.admin.authToken()))).type())
                    .isEqualTo("authentication");
            assertThat(error(rtm.request("update_session", Map.of())).type()).isEqualTo("validation");
        }
    }

    @Test
    void c50_subscribe_customers_lists_customers_by_group_and_unsubscribe_forgets_the_subscription() {
        try (AgentRtm rtm = world.rtm(world.alice)) {
            JsonNode sub = rtm.request("subscribe_customers", Map.of("group_ids", List.of(0), "limit", 10)).join();
            assertThat(sub.get("subscription_id").asText()).isNotEmpty();
            assertThat(sub.at("/customers/0/id").asText()).isEqualTo(ann.customerId());
            assertThat(rtm.request("subscribe_customers", Map.of("group_ids", List.of(7))).join().get("customers")).isEmpty();
            String id = sub.get("subscription_id").asText();
            assertThat(rtm.request("unsubscribe_customers", Map.of("subscription_id", id)).join().isObject()).isTrue();
            assertThat(error(rtm.request("unsubscribe_customers", Map.of("subscription_id", id))).type()).isEqualTo("not_found");
            assertThat(error(rtm.request("subscribe_customers", Map.of("limit", "x"))).type()).isEqualTo("validation");
        }
    }

    @Test
    void c50_logout_answers_then_disconnects_with_agent_logged_out_remotely() {
        AgentRtm rtm = world.rtm(world.alice);
        assertThat(rtm.request("logout", Map.of()).join().isObject()).isTrue();
        JsonNode pushed = rtm.awaitPush("agent_disconnected", WAIT);
        assertThat(pushed.at("/payload/reason").asText()).isEqualTo("agent_logged_out_remotely");
        assertThat(rtm.closed().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join()).isNotNull();
    }

    static AgentApiException error(CompletableFuture<JsonNode> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            return (AgentApiException) e.getCause();
        }
        throw new AssertionError("expected an error response");
    }

    static JsonNode awaitFrame(AgentRtm rtm, String requestId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode f : rtm.frames()) {
                if ("response".equals(f.path("type").asText()) && requestId.equals(f.path("request_id").asText())) {
                    rtm.frames().remove(f);
                    return f;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no response with request_id '" + requestId + "' in " + rtm.frames());
    }
}
