package dev.switchboard.client.rocketchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrencyTest {

    @Test
    void one_client_can_be_used_from_several_threads_at_once() throws Exception {
        try (StubServer server = new StubServer(); ExecutorService pool = Executors.newFixedThreadPool(6)) {
            RocketChatLivechat client = new RocketChatLivechat(server.uri());
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String msg = "m" + i;
                calls.add(() -> client.message("tok", "r1", msg).path("success").asBoolean());
            }

            List<Future<Boolean>> results = pool.invokeAll(calls);

            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                seen.add(Json.parse(server.take().body()).path("msg").asText());
            }
            assertThat(seen).hasSize(30);
        }
    }
}
