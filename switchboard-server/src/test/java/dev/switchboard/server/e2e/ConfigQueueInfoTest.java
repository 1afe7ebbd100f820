package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/config} tells a visitor whose room waits in the queue its place there
 * ({@code queueInfo.spot}, rocketchat-livechat.md §3.6), the same number the {@code queueData} push
 * carries: a widget that subscribes after its room was queued has missed that push. Served or
 * room-less visitors get no {@code queueInfo}.
 */
class ConfigQueueInfoTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat agent;
    private RocketChatLivechat visitors;

    @BeforeEach
    void manual_routing_with_one_agent_online() {
        server = TestServer.start();
        admin = server.admin();
        agent = server.onlineAgent(admin, "alice");
        admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        visitors = server.client();
    }

    @AfterEach
    void stop() { server.close(); }

    @Test
    void each_queued_visitor_reads_its_spot_which_moves_up_when_an_earlier_room_is_taken() {
        String first = E2e.visitor(visitors, "First");
        String second = E2e.visitor(visitors, "Second");
        String idle = E2e.visitor(visitors, "Idle");
        String firstRid = visitors.room(first, Map.of()).at("/room/_id").asText();
        visitors.room(second, Map.of());

        assertThat(config(first).at("/queueInfo/spot").asInt()).isEqualTo(1);
        assertThat(config(second).at("/queueInfo/spot").asInt()).isEqualTo(2);
        assertThat(config(idle).has("queueInfo")).as("no room, no queue").isFalse();

        agent.inquiriesTake(E2e.inquiryOf(admin, firstRid));

        assertThat(config(second).at("/queueInfo/spot").asInt()).isEqualTo(1);
        JsonNode served = config(first);
        assertThat(served.has("queueInfo")).as("served: %s", served).isFalse();
        assertThat(served.at("/agent/username").asText()).isEqualTo("alice");
    }

    private JsonNode config(String token) { return visitors.config(token).get("config"); }
}
