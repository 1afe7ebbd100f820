package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.failure;
import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.join;
import static dev.switchboard.client.ddp.DdpTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.ddp.StubDdpServer.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MethodCallTest {

    @Test
    void a_call_sends_its_parameters_as_json_and_completes_with_the_result() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("echo", params -> Answer.result(Map.of("got", params)));

            JsonNode result = join(client.call("echo", "a", 2, Map.of("k", "v"), null));

            assertThat(result).isEqualTo(json("{\"got\":[\"a\",2,{\"k\":\"v\"},null]}"));
            JsonNode frame = server.frames("method").get(0);
            assertThat(frame.get("id").isTextual()).isTrue();
            assertThat(frame).isEqualTo(json("{\"msg\":\"method\",\"method\":\"echo\",\"params\":[\"a\",2,{\"k\":\"v\"},null],"
                    + "\"id\":\"" + frame.get("id").asText() + "\"}"));
        }
    }

    @Test
    void a_call_without_parameters_sends_an_empty_array() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("noop", params -> Answer.empty());

            join(client.call("noop"));

            assertThat(server.frames("method").get(0).get("params")).isEqualTo(json("[]"));
        }
    }

    @Test
    void an_omitted_result_completes_with_a_null_node() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("livechat:setUpConnection", params -> Answer.empty());

            JsonNode result = join(client.call("livechat:setUpConnection", Map.of("token", "T")));

            assertThat(result.isNull()).isTrue();
        }
    }

    @Test
    void an_error_answer_fails_the_call_with_the_servers_meteor_error() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("sendMessageLivechat", params -> {
                var error = StubDdpServer.meteorError("invalid-token", "Invalid token");
                error.putObject("details").put("method", "sendMessageLivechat");
                return new Answer("error", error);
            });

            DdpException error = failure(client.call("sendMessageLivechat", Map.of("token", "nope")));

            assertThat(error.code()).isEqualTo("invalid-token");
            assertThat(error.reason()).isEqualTo("Invalid token");
            assertThat(error.getMessage()).isEqualTo("Invalid token [invalid-token]");
            assertThat(error.errorType()).isEqualTo("Meteor.Error");
            assertThat(error.details()).isEqualTo(json("{\"method\":\"sendMessageLivechat\"}"));
            assertThat(error.error().path("isClientSafe").asBoolean()).isTrue();
        }
    }

    @Test
    void an_unknown_method_fails_with_its_numeric_code_as_text() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            DdpException error = failure(client.call("no.such.method"));

            assertThat(error.code()).isEqualTo("404");
            assertThat(error.reason()).isEqualTo("Method 'no.such.method' not found");
        }
    }

    @Test
    void concurrent_calls_from_several_threads_each_get_their_own_result() throws Exception {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast());
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            server.onMethod("double", params -> Answer.result(params.get(0).asInt() * 2));
            List<Future<CompletableFuture<JsonNode>>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                calls.add(pool.submit(() -> client.call("double", n)));
            }

            for (int i = 0; i < 200; i++) {
                assertThat(join(calls.get(i).get()).asInt()).isEqualTo(2 * i);
            }
            assertThat(new HashSet<>(server.frames("method").stream().map(f -> f.get("id").asText()).toList())).hasSize(200);
        }
    }
}
