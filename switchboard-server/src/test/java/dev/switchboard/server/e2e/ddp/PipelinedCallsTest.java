package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A connection's calls sent back to back, without waiting for answers (issue 7: legacy sends into a
 * known room run ahead and share group-commit batches). Checklist 62 (each call answered by
 * {@code result} then {@code updated}) and 68 (every message pushed on {@code stream-room-messages}),
 * with Rocket.Chat's per-connection order: answers, stored messages and pushed events keep call order.
 */
class PipelinedCallsTest {
    private static final int SENDS = 60;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var admin = server.admin();
        server.onlineAgent(admin, "pipeliner");
        admin.settingsUpdate("Livechat_Routing_Method", "Auto_Selection");
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void sends_made_without_waiting_are_answered_stored_and_pushed_in_call_order_and_a_clash_fails_alone() {
        String token = TestServer.newToken();
        String rid = "pipelined-" + token.substring(0, 8);
        try (RawDdp ddp = RawDdp.connected(server.url())) {
            ddp.call("r", "livechat:registerGuest", Map.of("token", token, "name", "Piper"));
            ddp.call("m-first", "sendMessageLivechat", Map.of("_id", "first-" + token, "rid", rid, "msg", "first", "token", token));
            JsonNode ready = ddp.sub("s", "stream-room-messages", rid, Map.of("token", token, "visitorToken", token));
            assertThat(ready.path("msg").asText()).isEqualTo("ready");

            List<String> callIds = new ArrayList<>();
            for (int n = 0; n < SENDS; n++) {
                // Call 30 reuses call 29's message id: it alone must fail, the calls around it must not.
                String messageId = (n == 30 ? 29 : n) + "-" + token;
                ddp.send(Map.of("msg", "method", "method", "sendMessageLivechat", "id", "m" + n,
                        "params", List.of(Map.of("_id", messageId, "rid", rid, "msg", "text " + n, "token", token))));
                callIds.add("m" + n);
            }
            // A call that is not pipelined waits for the sends before it; its answer comes after theirs.
            ddp.send(Map.of("msg", "method", "method", "livechat:getAgentData", "id", "after",
                    "params", List.of(Map.of("roomId", rid, "token", token))));
            callIds.add("after");

            List<String> answered = new ArrayList<>();
            List<String> pushed = new ArrayList<>();
            JsonNode clash = null;
            String awaitingUpdated = null;
            while (answered.size() < callIds.size()) {
                JsonNode f = ddp.next();
                switch (f.path("msg").asText()) {
                    case "result" -> {
                        assertThat(awaitingUpdated).as("each result is followed by its updated frame").isNull();
                        awaitingUpdated = f.path("id").asText();
                        answered.add(awaitingUpdated);
                        if (f.has("error")) clash = f;
                    }
                    case "updated" -> {
                        assertThat(f.path("methods").path(0).asText()).isEqualTo(awaitingUpdated);
                        awaitingUpdated = null;
                    }
                    case "changed" -> pushed.add(f.path("fields").path("args").path(0).path("msg").asText());
                    default -> { }
                }
            }
            assertThat(answered).containsExactlyElementsOf(callIds);
            assertThat(clash).isNotNull();
            assertThat(clash.path("id").asText()).isEqualTo("m30");
            assertThat(clash.path("error").path("error").asText()).isEqualTo("error-duplicate-message-id");

            List<String> expected = IntStream.range(0, SENDS).filter(n -> n != 30).mapToObj(n -> "text " + n).toList();
            ddp.drain(300).forEach(f -> {
                if ("changed".equals(f.path("msg").asText())) pushed.add(f.path("fields").path("args").path(0).path("msg").asText());
            });
            assertThat(pushed).containsExactlyElementsOf(expected);
            List<String> stored = new ArrayList<>(E2e.texts(server.client()
                    .messagesHistory(rid, token, Map.of("limit", 200)).get("messages"), "msg"));
            java.util.Collections.reverse(stored);
            assertThat(stored.stream().filter(t -> t.startsWith("text ")).toList()).containsExactlyElementsOf(expected);
        }
    }
}
