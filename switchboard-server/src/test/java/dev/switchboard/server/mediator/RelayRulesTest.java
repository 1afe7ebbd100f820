package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The §5.5 relay rules at {@code sendMessageToClient} and on Switchboard's own events, as RapidPro sees them. */
class RelayRulesTest {

    private static JsonNode hook(MediatorFixture f, String uuid, String type, String rest) {
        return f.call("POST", "/live-agents/sendMessageToClient",
                "{\"type\":\"" + type + "\",\"visitor\":{\"token\":\"" + uuid + "\"}" + rest + "}", Map.of());
    }

    private static String agentItem(String id, String msg, String more) {
        return "{\"_id\":\"" + id + "\",\"username\":\"bob\",\"agentId\":\"a1\",\"msg\":\"" + msg + "\"" + more + "}";
    }

    private static List<String> texts(MediatorFixture f) {
        return f.rapidPro.requests().stream().map(r -> MediatorFixture.body(r).path("text").asText()).toList();
    }

    @Test
    void lifecycle_events_are_announced_once_other_types_are_ignored_and_system_items_never_relayed() throws Exception {
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            f.register(uuid, "GTM_HIV_GENERAL");
            // Checklist 17, 28: acknowledged, ignored, nothing sent, also with a session.
            for (String type : List.of("LivechatSessionStart", "LivechatSessionQueued", "LivechatSessionForwarded",
                    "LivechatEdit", "LeadCapture", "LivechatOfflineMessage", "SomethingNew")) {
                JsonNode r = hook(f, uuid, type, ",\"messages\":[" + agentItem("x-" + type, "hi", "") + "]");
                assertThat(r.get("status").asText()).as(type).isEqualTo("ignored");
                assertThat(r.get("http").asInt()).isEqualTo(200);
            }
            // Checklist 20: a system item (any t) is not relayed as a message.
            hook(f, uuid, "Message", ",\"messages\":[" + agentItem("s1", "closing words", ",\"t\":\"livechat-close\"") + "]");
            // Checklist 26: the take is announced from agent (else servedBy), once.
            assertThat(hook(f, uuid, "LivechatSessionTaken", ",\"servedBy\":{\"_id\":\"a1\",\"username\":\"bob\",\"name\":\"Bob\"}")
                    .get("msg").asText()).isEqualTo("Client notified");
            assertThat(hook(f, uuid, "LivechatSessionTaken", ",\"agent\":{\"_id\":\"a2\",\"name\":\"Eve\"}")
                    .get("status").asText()).isEqualTo("ignored");
            // Checklist 21: an edit (same _id, new editedAt) is one more send; a repeat is none.
            hook(f, uuid, "Message", ",\"messages\":[" + agentItem("m1", "first", "") + "]");
            hook(f, uuid, "Message", ",\"messages\":[" + agentItem("m1", "first, edited", ",\"editedAt\":\"2024-05-13T10:00:00Z\"") + "]");
            hook(f, uuid, "Message", ",\"messages\":[" + agentItem("m1", "first, edited", ",\"editedAt\":\"2024-05-13T10:00:00Z\"") + "]");
            // Checklist 27: the close sends the closing comment; the same close again is ignored.
            String close = ",\"messages\":[" + agentItem("c1", "Take care", ",\"t\":\"livechat-close\",\"closingMessage\":true") + "]";
            assertThat(hook(f, uuid, "LivechatSession", close).get("msg").asText()).isEqualTo("Session closed");
            assertThat(hook(f, uuid, "LivechatSession", close).get("status").asText()).isEqualTo("ignored");

            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 4);
            Thread.sleep(300);
            assertThat(texts(f)).containsExactly("You are now chatting with Bob", "first", "first, edited", "Take care");
        }
    }

    @Test
    void the_same_agent_message_gives_the_same_rapidpro_request_on_both_paths() throws Exception {
        // Checklist 18: an internal event and the webhook produce identical requests.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            f.alice.chatSendMessage(rid, "Same words ✓");
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 2);
            hook(f, uuid, "Message", ",\"messages\":[" + agentItem("other-id", "Same words ✓", "") + "]");
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 3);
            List<FakeReceiver.Request> sent = f.rapidPro.requests();
            assertThat(sent.get(2).path()).isEqualTo(sent.get(1).path());
            assertThat(MediatorFixture.body(sent.get(2))).isEqualTo(MediatorFixture.body(sent.get(1)));
        }
    }

    @Test
    void a_long_agent_message_in_split_mode_arrives_in_ordered_parts_of_at_most_640_code_points() throws Exception {
        // Checklist 23 (split mode), with a non-BMP character so code points and UTF-16 units differ.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.codePointCount(0, text.length()) < 1500; i++) text.append("w").append(i).append("\uD83D\uDE00 ");
            String message = text.toString().trim();
            f.alice.chatSendMessage(rid, message);
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 4);
            Thread.sleep(300);
            List<String> parts = texts(f).subList(1, texts(f).size());
            assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.codePointCount(0, p.length())).isLessThanOrEqualTo(640));
            assertThat(String.join(" ", parts)).isEqualTo(message);
        }
    }

    @Test
    void the_webhook_answers_at_once_while_rapidpro_is_slow_and_messages_still_arrive_in_order() throws Exception {
        // Checklist 24, with a 1.5 s stub delay instead of 10 s to keep the suite short: the answer time must not
        // depend on it at all.
        try (var f = new MediatorFixture(c -> c.withTiming(Duration.ofSeconds(15), 3, Duration.ofMillis(50), Duration.ofMillis(20)))) {
            String uuid = UUID.randomUUID().toString();
            f.register(uuid, "GTM_HIV_GENERAL");
            f.rapidPro.delay(1500);
            for (int i = 1; i <= 3; i++) {
                long start = System.nanoTime();
                hook(f, uuid, "Message", ",\"messages\":[" + agentItem("slow-" + i, "part " + i, "") + "]");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> f.rapidPro.accepted().size() == 3);
            assertThat(texts(f)).containsExactly("part 1", "part 2", "part 3");
        }
    }
}
