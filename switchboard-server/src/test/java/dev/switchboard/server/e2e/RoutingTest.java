package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routing of new rooms: Auto_Selection (default, synchronous, least busy online agent) and
 * Manual_Selection (queued until taken), and what "online agent" means. Covers checklist (§7)
 * items 34, 35, 50, 56, 57, 71 and 81.
 */
class RoutingTest {
    private static final String NO_AGENT =
            "{'success':false,'error':'Sorry, no online agents [no-agent-online]','errorType':'no-agent-online'}";

    @Test
    void auto_selection_gives_a_new_room_to_the_online_agent_with_the_fewest_open_rooms() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat zed = server.onlineAgent(admin, "zed");
            RocketChatLivechat visitor = server.client();
            for (int i = 0; i < 2; i++) visitor.room(E2e.visitor(visitor, "A" + i), Map.of("agentId", alice.userId()));
            visitor.room(E2e.visitor(visitor, "Z"), Map.of("agentId", zed.userId()));
            assertThat(admin.settingsGet("Livechat_Routing_Method").get("value").asText()).isEqualTo("Auto_Selection");

            JsonNode created = visitor.room(E2e.visitor(visitor, "New"), Map.of());

            assertThat(created.get("newRoom").asBoolean()).isTrue();
            assertThat(created.at("/room/servedBy/_id").asText()).isEqualTo(zed.userId());
            assertThat(created.at("/room/servedBy/username").asText()).isEqualTo("zed");
        }
    }

    @Test
    void closed_rooms_do_not_count_towards_an_agents_load() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat zed = server.onlineAgent(admin, "zed");
            RocketChatLivechat visitor = server.client();
            for (int i = 0; i < 3; i++) {
                String token = E2e.visitor(visitor, "A" + i);
                String rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
                if (i > 0) visitor.closeRoom(rid, token);
            }
            for (int i = 0; i < 2; i++) visitor.room(E2e.visitor(visitor, "Z" + i), Map.of("agentId", zed.userId()));

            JsonNode created = visitor.room(E2e.visitor(visitor, "New"), Map.of());

            assertThat(created.at("/room/servedBy/_id").asText()).isEqualTo(alice.userId());
        }
    }

    @Test
    void a_new_room_under_manual_selection_stays_queued_until_an_agent_takes_it() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            assertThat(admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection")).isEqualTo(json("{'success':true}"));
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();

            JsonNode room = E2e.visitorRoom(visitor, token);
            String rid = room.get("_id").asText();
            assertThat(room.has("servedBy")).isFalse();
            assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("queued");
            assertThat(texts(admin.inquiriesList(Map.of()).get("inquiries"), "rid")).containsExactly(rid);

            alice.inquiriesTake(E2e.inquiryOf(admin, rid));

            assertThat(visitor.room(token, Map.of()).at("/room/servedBy/_id").asText()).isEqualTo(alice.userId());
            assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("taken");
            JsonNode history = visitor.messagesHistory(rid, token, Map.of()).get("messages");
            assertThat(texts(history, "t")).containsExactly("uj", "command", "livechat-started");
            assertThat(texts(history, "msg")).startsWith("alice", "connected");
            assertThat(history.get(0).at("/u/_id").asText()).isEqualTo(alice.userId());
            assertThat(history.get(1).at("/u/username").asText()).isEqualTo("alice");
        }
    }

    @Test
    void without_an_online_agent_no_room_is_created() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat visitor = server.client();
            String token = E2e.visitor(visitor, "Ann");

            var e = failure(() -> visitor.room(token, Map.of()));

            assertThat(e.status()).isEqualTo(400);
            assertThat(e.body()).isEqualTo(json(NO_AGENT));
            assertThat(admin.rooms(Map.of()).get("total").asInt()).isZero();
            assertThat(admin.inquiriesList(Map.of()).get("total").asInt()).isZero();
            server.onlineAgent(admin, "alice");
            assertThat(visitor.room(token, Map.of()).get("newRoom").asBoolean()).isTrue();
        }
    }

    @Test
    void accepting_chats_with_no_agents_creates_a_queued_room() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
            RocketChatLivechat visitor = server.client();

            JsonNode created = visitor.room(E2e.visitor(visitor, "Ann"), Map.of());

            assertThat(created.get("newRoom").asBoolean()).isTrue();
            assertThat(created.get("room").has("servedBy")).isFalse();
            String rid = created.at("/room/_id").asText();
            assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("queued");
        }
    }

    @Test
    void an_agent_whose_status_is_offline_is_not_an_online_agent() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            alice.setStatus("offline", null);
            RocketChatLivechat visitor = server.client();
            String token = E2e.visitor(visitor, "Ann");

            assertThat(failure(() -> visitor.room(token, Map.of())).body()).isEqualTo(json(NO_AGENT));
            assertThat(visitor.config(null).at("/config/online").asBoolean()).isFalse();

            // "away" is not "offline": the agent counts as online again (§4.4 rule 4).
            alice.setStatus("away", null);
            assertThat(visitor.room(token, Map.of()).at("/room/servedBy/_id").asText()).isEqualTo(alice.userId());
        }
    }

    @Test
    void a_user_who_stops_being_an_agent_is_no_longer_routed_to() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            admin.deleteUser("agent", alice.userId());
            RocketChatLivechat visitor = server.client();

            assertThat(failure(() -> visitor.room(E2e.visitor(visitor, "Ann"), Map.of())).body()).isEqualTo(json(NO_AGENT));
        }
    }
}
