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
 * The seed's DDP flow (seed 002; rocketchat-livechat.md §5.8): {@code livechat:getInitialData},
 * {@code livechat:registerGuest}, {@code sendMessageLivechat} with a room id the client chose,
 * {@code livechat:getAgentData} and {@code livechat:loginByToken}.
 */
class LegacyVisitorMethodsTest {
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static RocketChatLivechat agent;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.admin();
        agent = server.onlineAgent(admin, "jones");
        admin.settingsUpdate("Livechat_Routing_Method", "Auto_Selection");
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void initial_data_has_every_field_of_the_seed_and_the_visitor_once_registered() {
        String token = TestServer.newToken();
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode before = ddp.call("i1", "livechat:getInitialData", token).path("result");
            assertThat(before.fieldNames()).toIterable().contains("enabled", "title", "color", "registrationForm", "room",
                    "visitor", "triggers", "departments", "allowSwitchingDepartments", "online", "offlineColor",
                    "offlineMessage", "offlineSuccessMessage", "offlineUnavailableMessage", "displayOfflineForm",
                    "videoCall", "conversationFinishedMessage", "nameFieldRegistrationForm", "emailFieldRegistrationForm",
                    "offlineTitle", "language", "transcript", "transcriptMessage");
            assertThat(before.path("visitor").isNull()).isTrue();
            assertThat(before.path("room").isNull()).isTrue();
            assertThat(before.path("online").asBoolean()).isTrue();

            JsonNode guest = ddp.call("r1", "livechat:registerGuest",
                    Map.of("token", token, "name", "Ada", "email", "ada@example.com")).path("result");
            assertThat(guest.path("visitor").path("token").asText()).isEqualTo(token);
            assertThat(guest.path("visitor").path("name").asText()).isEqualTo("Ada");
            assertThat(guest.path("visitor").path("visitorEmails").get(0).path("address").asText()).isEqualTo("ada@example.com");
            assertThat(guest.path("userId").asText()).isEqualTo(guest.path("visitor").path("_id").asText());

            JsonNode after = ddp.call("i2", "livechat:getInitialData", token).path("result");
            assertThat(after.path("visitor").path("_id").asText()).isEqualTo(guest.path("userId").asText());
            assertThat(ddp.call("l1", "livechat:loginByToken", token).path("result"))
                    .isEqualTo(E2e.json("{'_id':'" + guest.path("userId").asText() + "'}"));
            assertThat(ddp.call("l2", "livechat:loginByToken", "no-such-token").has("result")).isFalse();
        }
    }

    @Test
    void register_guest_without_a_token_is_refused() {
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            JsonNode refused = ddp.call("r1", "livechat:registerGuest", Map.of("name", "No Token"));
            assertThat(refused.path("error").path("error").asText()).isEqualTo("error-invalid-token");
        }
    }

    @Test
    void send_message_livechat_opens_the_room_with_the_client_chosen_id_and_is_idempotent_per_message_id() {
        String token = TestServer.newToken();
        String rid = "client-room-" + token.substring(0, 8);
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.call("r1", "livechat:registerGuest", Map.of("token", token, "name", "Grace"));
            JsonNode first = ddp.call("m1", "sendMessageLivechat",
                    Map.of("_id", "msg-1", "rid", rid, "msg", "first!", "token", token)).path("result");
            assertThat(first.path("_id").asText()).isEqualTo("msg-1");
            assertThat(first.path("rid").asText()).isEqualTo(rid);
            assertThat(first.path("newRoom").asBoolean()).isTrue();
            assertThat(first.path("showConnecting").isBoolean()).isTrue();
            assertThat(first.path("ts").path("$date").isIntegralNumber()).isTrue();

            JsonNode second = ddp.call("m2", "sendMessageLivechat",
                    Map.of("_id", "msg-2", "rid", rid, "msg", "second", "token", token)).path("result");
            assertThat(second.path("newRoom").asBoolean()).isFalse();
            JsonNode again = ddp.call("m3", "sendMessageLivechat",
                    Map.of("_id", "msg-2", "rid", rid, "msg", "second", "token", token));
            assertThat(again.path("error").path("error").asText()).isEqualTo("error-duplicate-message-id");

            List<String> texts = E2e.texts(server.client().messagesHistory(rid, token, Map.of()).get("messages"), "msg");
            assertThat(texts).containsSubsequence("second", "first!");
            assertThat(texts.stream().filter("second"::equals).count()).isEqualTo(1);

            JsonNode agentData = ddp.call("a1", "livechat:getAgentData", Map.of("roomId", rid, "token", token)).path("result");
            assertThat(agentData.path("username").asText()).isEqualTo("jones");
        }
    }

    @Test
    void send_message_livechat_cannot_write_into_another_visitors_room() {
        String owner = TestServer.newToken();
        String rid = E2e.visitorRoom(server.client(), owner).get("_id").asText();
        String intruder = TestServer.newToken();
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.call("r1", "livechat:registerGuest", Map.of("token", intruder));
            JsonNode refused = ddp.call("m1", "sendMessageLivechat",
                    Map.of("_id", "evil-1", "rid", rid, "msg", "hi", "token", intruder));
            assertThat(refused.path("error").path("error").asText()).isEqualTo("invalid-room");
            JsonNode agentData = ddp.call("a1", "livechat:getAgentData", Map.of("roomId", rid, "token", intruder));
            assertThat(agentData.path("error").path("error").asText()).isEqualTo("error-invalid-room");
        }
    }
}
