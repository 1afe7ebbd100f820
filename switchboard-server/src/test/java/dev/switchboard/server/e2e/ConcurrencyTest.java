package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Races that real traffic produces: a widget retrying {@code GET livechat/room} many times at once,
 * and many agents grabbing the same queued inquiry. Covers checklist (§7) items 33 and 50 under
 * concurrency (one room per visitor; exactly one taker wins, the others get error-inquiry-taken).
 */
class ConcurrencyTest {

    @Test
    void two_hundred_simultaneous_room_calls_of_one_visitor_create_exactly_one_room() throws Exception {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String token = E2e.visitor(visitor, "Ann");

            List<Outcome> outcomes = race(200, i -> visitor.room(token, Map.of()));

            assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).as("failure").isNull());
            assertThat(outcomes).filteredOn(o -> o.body().get("newRoom").asBoolean()).hasSize(1);
            assertThat(outcomes.stream().map(o -> o.body().at("/room/_id").asText()).distinct()).hasSize(1);
            assertThat(admin.rooms(Map.of()).get("total").asInt()).isEqualTo(1);
            assertThat(admin.inquiriesList(Map.of()).get("total").asInt()).isZero();
        }
    }

    @Test
    void of_one_hundred_agents_taking_one_inquiry_at_once_exactly_one_wins() throws Exception {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            List<RocketChatLivechat> agents = new ArrayList<>();
            for (int i = 0; i < 100; i++) agents.add(server.onlineAgent(admin, String.format("agent%03d", i)));
            E2e.manualSelection(admin);
            String rid = E2e.visitorRoom(server.client(), TestServer.newToken()).get("_id").asText();
            String inquiryId = E2e.inquiryOf(admin, rid);

            List<Outcome> outcomes = race(100, i -> agents.get(i).inquiriesTake(inquiryId));

            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) if (outcomes.get(i).failure() == null) winners.add(i);
            assertThat(winners).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.failure() != null)
                    .hasSize(99)
                    .allSatisfy(o -> {
                        assertThat(o.failure().status()).isEqualTo(400);
                        assertThat(o.failure().errorType()).isEqualTo("error-inquiry-taken");
                    });
            String winnerId = agents.get(winners.get(0)).userId();
            assertThat(E2e.roomById(admin, rid).at("/servedBy/_id").asText()).isEqualTo(winnerId);
            assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("taken");
            JsonNode history = admin.rooms(Map.of("agents", List.of(winnerId)));
            assertThat(history.get("total").asInt()).isEqualTo(1);
        }
    }

    /** The result of one racing call: its body, or its failure. */
    private record Outcome(JsonNode body, RocketChatException failure) {}

    private interface Call {
        JsonNode run(int index);
    }

    /** Runs {@code n} calls on {@code n} threads released together by a start gate. */
    private static List<Outcome> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Outcome> task = () -> {
                    ready.countDown();
                    start.await();
                    try {
                        return new Outcome(call.run(index), null);
                    } catch (RocketChatException e) {
                        return new Outcome(null, e);
                    }
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) outcomes.add(f.get(60, TimeUnit.SECONDS));
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
