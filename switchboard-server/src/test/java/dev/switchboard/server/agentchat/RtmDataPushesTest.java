package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentRtm;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * RTM pushes of the data actions (§5.6; C45): properties with only the changed keys, tags, read
 * marks, multicast, and the Web {@code logout} ending the agent's RTM sessions (C52).
 */
class RtmDataPushesTest extends AliceListensOverRtm {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @Test
    void thread_properties_and_tags_are_pushed_with_only_what_changed() {
        world.aliceApi.updateThreadProperties(chatId, ann.roomId(), Map.of("ns", Map.of("a", 1, "b", "two")));
        world.aliceApi.updateThreadProperties(chatId, ann.roomId(), Map.of("ns", Map.of("b", "three")));
        JsonNode first = rtm.awaitPush("thread_properties_updated", WAIT);
        JsonNode second = rtm.awaitPush("thread_properties_updated", WAIT);
        assertThat(first.at("/payload/chat_id").asText()).isEqualTo(chatId);
        assertThat(first.at("/payload/thread_id").asText()).isEqualTo(ann.roomId());
        assertThat(second.at("/payload/properties")).isEqualTo(E2e.json("{'ns':{'b':'three'}}"));
        world.aliceApi.deleteChatProperties(chatId, Map.of("ns", List.of("x")));
        JsonNode deleted = rtm.awaitPush("chat_properties_deleted", WAIT);
        assertThat(deleted.at("/payload/properties")).isEqualTo(E2e.json("{'ns':['x']}"));

        world.aliceApi.tagThread(chatId, ann.roomId(), "vip");
        JsonNode tagged = rtm.awaitPush("thread_tagged", WAIT);
        assertThat(tagged.get("payload")).isEqualTo(E2e.json(
                "{'chat_id':'" + chatId + "','thread_id':'" + ann.roomId() + "','tag':'vip'}"));
    }

    @Test
    void read_marks_and_multicasts_reach_the_agent() {
        world.aliceApi.markEventsAsSeen(chatId, Instant.parse("2030-01-02T03:04:05.000006Z"));
        JsonNode seen = rtm.awaitPush("events_marked_as_seen", WAIT);
        assertThat(seen.at("/payload/user_id").asText()).isEqualTo(world.alice.userId());
        assertThat(seen.at("/payload/seen_up_to").asText()).isEqualTo("2030-01-02T03:04:05.000006Z");

        world.adminApi.multicast(Map.of("agents", Map.of("ids", List.of(world.alice.userId()))),
                Map.of("hello", List.of(1, 2)), "greeting");
        JsonNode multicast = rtm.awaitPush("incoming_multicast", WAIT);
        assertThat(multicast.at("/payload/content")).isEqualTo(E2e.json("{'hello':[1,2]}"));
        assertThat(multicast.at("/payload/type").asText()).isEqualTo("greeting");
        assertThat(multicast.at("/payload/author_id").asText()).isEqualTo(world.admin.userId());
    }

    @Test
    void an_added_agent_and_a_transfer_are_pushed_and_the_added_agent_hears_the_chat_from_then_on() {
        var bob = world.server.onlineAgent(world.admin, "bob");
        try (AgentRtm bobRtm = world.rtm(bob)) {
            world.aliceApi.addUserToChat(chatId, bob.userId(), "agent", "", false);
            JsonNode added = bobRtm.awaitPush("user_added_to_chat", WAIT);
            assertThat(added.at("/payload/user/id").asText()).isEqualTo(bob.userId());
            assertThat(added.at("/payload/reason").asText()).isEqualTo("manual");
            assertThat(added.at("/payload/requester_id").asText()).isEqualTo(world.alice.userId());
            ann.client().message(ann.token(), ann.roomId(), "for both of you");
            JsonNode event = bobRtm.awaitPush("incoming_event", WAIT);
            while (event != null && !"message".equals(event.at("/payload/event/type").asText())) {
                event = bobRtm.awaitPush("incoming_event", WAIT);
            }
            assertThat(event).as("bob hears the chat once added").isNotNull();

            world.aliceApi.transferChat(chatId, "agent", List.of(bob.userId()), false, false);
            JsonNode transferred = rtm.awaitPush("chat_transferred", WAIT);
            assertThat(transferred.at("/payload/requester_id").asText()).isEqualTo(world.alice.userId());
            assertThat(transferred.at("/payload/transferred_to/agent_ids")).isEqualTo(E2e.json("['" + bob.userId() + "']"));
            assertThat(transferred.at("/payload/reason").asText()).isEqualTo("manual");
        }
    }

    @Test
    void c52_a_web_logout_disconnects_the_agents_rtm_sessions_with_agent_logged_out_remotely() throws Exception {
        world.aliceApi.logout(world.alice.userId());
        JsonNode frame = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (frame == null && System.nanoTime() < deadline) {
            JsonNode next = rtm.frames().poll(100, TimeUnit.MILLISECONDS);
            if (next != null && "agent_disconnected".equals(next.path("action").asText())) frame = next;
        }
        assertThat(frame).as("agent_disconnected frame").isNotNull();
        assertThat(frame.at("/payload/reason").asText()).isEqualTo("agent_logged_out_remotely");
        assertThat(rtm.closed().get(5, TimeUnit.SECONDS)).isNotNull();
    }
}
