package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking a queued chat the LiveChat way: {@code transfer_chat} to oneself (§4.10, C27) is Rocket.Chat's
 * {@code inquiries.take} underneath: the inquiry is taken (a compare-and-set, so of two takers whose
 * requests overlap one gets {@code not_allowed}) and no transfer is recorded. Routing is Manual_Selection, so chats wait in the queue.
 */
class TakeFromQueueTest {
    private AgentChatWorld world;
    private RocketChatLivechat bob;
    private AgentApi bobApi;
    private String roomId;
    private String chatId;

    @BeforeEach
    void a_chat_waiting_in_the_queue() {
        world = new AgentChatWorld();
        bob = world.server.onlineAgent(world.admin, "bob");
        bobApi = world.api(bob);
        E2e.manualSelection(world.admin);
        roomId = E2e.visitorRoom(world.server.client(), dev.switchboard.server.TestServer.newToken()).get("_id").asText();
        chatId = world.chatOf(world.aliceApi, roomId);
    }

    @AfterEach
    void stop() { world.close(); }

    @Test
    void transferring_a_queued_chat_to_oneself_takes_it_as_inquiries_take_does() {
        assertThat(world.aliceApi.getChat(chatId, null).at("/thread/queue").isObject()).isTrue();

        world.aliceApi.transferChat(chatId, "agent", List.<Object>of(world.alice.userId()), true, false);

        JsonNode thread = world.aliceApi.getChat(chatId, null).get("thread");
        assertThat(thread.has("queue")).isFalse();
        assertThat(thread.get("user_ids").toString()).contains(world.alice.userId());
        assertThat(world.admin.inquiriesGetOne(roomId).at("/inquiry/status").asText()).isEqualTo("taken");
        assertThat(thread.get("events").toString()).doesNotContain("livechat_transfer_history");
    }

    @Test
    void a_chat_another_agent_already_took_is_transferred_not_taken_and_the_transfer_is_recorded() {
        bobApi.transferChat(chatId, "agent", List.<Object>of(bob.userId()), true, false);

        world.aliceApi.transferChat(chatId, "agent", List.<Object>of(world.alice.userId()), true, false);

        JsonNode chat = world.adminApi.getChat(chatId, null);
        assertThat(chat.get("users").toString()).contains("Agent alice").doesNotContain("Agent bob");
        assertThat(chat.at("/thread/events").toString()).containsOnlyOnce("livechat_transfer_history");
    }

    @Test
    void taking_needs_an_agent_accepting_chats() {
        world.aliceApi.setRoutingStatus(null, "not_accepting_chats");

        assertError(failure(() -> world.aliceApi.transferChat(chatId, "agent", List.<Object>of(world.alice.userId()), true, false)),
                403, "group_unavailable");
        assertThat(world.admin.inquiriesGetOne(roomId).at("/inquiry/status").asText()).isEqualTo("queued");
    }

}
