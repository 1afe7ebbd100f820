package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.VisitorRealtime;
import dev.switchboard.client.livechat.AgentRtm;
import dev.switchboard.server.e2e.E2e;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The RTM pushes not covered elsewhere (§5.6; C45): event_updated and event_deleted from the widget's
 * own edits, a widget visitor's typing, customer_updated and customer_banned, chat_unfollowed,
 * incoming_rich_message_postback, incoming_thinking_indicator, and queue_positions_updated.
 */
class RtmMorePushesTest extends AliceListensOverRtm {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @Test
    void the_widgets_edits_deletes_and_typing_reach_the_agent() throws Exception {
        String id = ann.client().message(ann.token(), ann.roomId(), "helo").at("/message/_id").asText();
        ann.client().updateMessage(id, ann.token(), ann.roomId(), "hello");
        JsonNode updated = rtm.awaitPush("event_updated", WAIT);
        assertThat(updated.at("/payload/event/id").asText()).isEqualTo(id);
        assertThat(updated.at("/payload/event/text").asText()).isEqualTo("hello");
        ann.client().deleteMessage(id, ann.token(), ann.roomId());
        JsonNode deleted = rtm.awaitPush("event_deleted", WAIT);
        assertThat(deleted.get("payload")).isEqualTo(E2e.json(
                "{'chat_id':'" + chatId + "','thread_id':'" + ann.roomId() + "','event_id':'" + id + "'}"));

        try (DdpClient ddp = DdpClient.connect(URI.create(world.server.url()))) {
            VisitorRealtime widget = new VisitorRealtime(ddp, ann.token());
            widget.loginByToken().get(5, TimeUnit.SECONDS);
            String username = ann.client().getVisitor(ann.token()).at("/visitor/username").asText();
            widget.typing(ann.roomId(), username, true).get(5, TimeUnit.SECONDS);
            JsonNode typing = rtm.awaitPush("incoming_typing_indicator", WAIT);
            assertThat(typing.at("/payload/typing_indicator/author_id").asText()).isEqualTo(ann.customerId());
            assertThat(typing.at("/payload/typing_indicator/is_typing").asBoolean()).isTrue();
            assertThat(typing.at("/payload/typing_indicator/timestamp").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void customer_updates_and_bans_are_pushed() {
        world.aliceApi.updateCustomer(ann.customerId(), "Ann Lee", null, null, List.of(Map.of("plan", "gold")));
        JsonNode updated = rtm.awaitPush("customer_updated", WAIT);
        assertThat(updated.at("/payload/id").asText()).isEqualTo(ann.customerId());
        assertThat(updated.at("/payload/name").asText()).isEqualTo("Ann Lee");
        world.adminApi.banCustomer(ann.customerId(), 2);
        JsonNode banned = rtm.awaitPush("customer_banned", WAIT);
        assertThat(banned.get("payload")).isEqualTo(E2e.json("{'customer_id':'" + ann.customerId() + "','ban':{'days':2}}"));
    }

    @Test
    void unfollowing_postbacks_and_thinking_are_pushed() {
        var bob = world.server.onlineAgent(world.admin, "bob");
        var bobApi = world.api(bob);
        try (AgentRtm bobRtm = world.rtm(bob)) {
            bobApi.followChat(chatId);
            bobApi.unfollowChat(chatId);
            assertThat(bobRtm.awaitPush("chat_unfollowed", WAIT).get("payload"))
                    .isEqualTo(E2e.json("{'chat_id':'" + chatId + "'}"));

            world.aliceApi.addUserToChat(chatId, bob.userId(), "agent", "all", false);
            bobRtm.awaitPush("user_added_to_chat", WAIT);
            world.aliceApi.sendThinkingIndicator(chatId, "Thinking...", "Looking it up", "all", "t-1");
            JsonNode thinking = bobRtm.awaitPush("incoming_thinking_indicator", WAIT);
            assertThat(thinking.at("/payload/author_id").asText()).isEqualTo(world.alice.userId());
            assertThat(thinking.at("/payload/title").asText()).isEqualTo("Thinking...");
            assertThat(thinking.at("/payload/custom_id").asText()).isEqualTo("t-1");
            assertThat(rtm.awaitPush("incoming_thinking_indicator", Duration.ofMillis(300)))
                    .as("nobody hears their own indicator").isNull();

            String rich = world.aliceApi.sendEvent(chatId, Map.of("type", "rich_message", "template_id", "cards",
                    "elements", List.of(Map.of("title", "Pick", "buttons", List.of(Map.of("text", "Yes", "type", "message",
                            "value", "yes", "postback_id", "action_yes", "user_ids", List.of()))))), false);
            bobApi.sendRichMessagePostback(chatId, rich, ann.roomId(), "action_yes", true);
            JsonNode postback = rtm.awaitPush("incoming_rich_message_postback", WAIT);
            assertThat(postback.at("/payload/user_id").asText()).isEqualTo(bob.userId());
            assertThat(postback.at("/payload/event_id").asText()).isEqualTo(rich);
            assertThat(postback.at("/payload/postback/id").asText()).isEqualTo("action_yes");
            assertThat(postback.at("/payload/postback/toggled").asBoolean()).isTrue();
        }
    }

    @Test
    void queued_chats_push_their_positions_as_an_array() {
        E2e.manualSelection(world.admin);
        var bea = world.server.client();
        String token = E2e.visitor(bea, "Bea");
        String rid = bea.room(token, Map.of()).at("/room/_id").asText();
        JsonNode positions = rtm.awaitPush("queue_positions_updated", WAIT);
        assertThat(positions).as("queue_positions_updated").isNotNull();
        assertThat(positions.get("payload").isArray()).isTrue();
        JsonNode entry = positions.at("/payload/0");
        assertThat(entry.get("thread_id").asText()).isEqualTo(rid);
        assertThat(entry.at("/queue/position").asInt()).isEqualTo(1);
        assertThat(entry.at("/queue/wait_time").isIntegralNumber()).isTrue();
    }
}
