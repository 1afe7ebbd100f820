package dev.switchboard.client.rocketchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMappingTest extends StubServerTest {

    @Test
    void a_2xx_answer_is_returned_as_the_whole_envelope_including_success() {
        server.reply(200, "{\"inquiry\":null,\"success\":true}");

        JsonNode body = client.inquiriesGetOne("nope");

        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.has("inquiry")).isTrue();
        assertThat(body.get("inquiry").isNull()).isTrue();
    }

    @Test
    void a_400_meteor_error_becomes_an_exception_with_status_error_and_error_type() {
        server.reply(400, "{\"success\":false,\"error\":\"Inquiry not found [error-not-found]\","
                + "\"errorType\":\"error-not-found\",\"details\":{\"method\":\"livechat:takeInquiry\"}}");

        assertThatThrownBy(() -> client.inquiriesTake("NotARealThing"))
                .isInstanceOfSatisfying(RocketChatException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("Inquiry not found [error-not-found]");
                    assertThat(e.errorType()).isEqualTo("error-not-found");
                    assertThat(e.body().path("details").path("method").asText()).isEqualTo("livechat:takeInquiry");
                    assertThat(e).hasMessage("HTTP 400: Inquiry not found [error-not-found]");
                });
    }

    @Test
    void a_plain_error_without_error_type_leaves_error_type_null() {
        server.reply(400, "{\"success\":false,\"error\":\"invalid-token\"}");

        assertThatThrownBy(() -> client.room("unknown", Map.of()))
                .isInstanceOfSatisfying(RocketChatException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid-token");
                    assertThat(e.errorType()).isNull();
                    assertThat(e).hasMessage("HTTP 400: invalid-token");
                });
    }

    @Test
    void unauthenticated_and_forbidden_answers_keep_their_status() {
        server.reply(401, "{\"success\":false,\"error\":\"You must be logged in to do this.\","
                + "\"status\":\"error\",\"message\":\"You must be logged in to do this.\"}");
        server.reply(403, "{\"success\":false,\"error\":\"User does not have the permissions required for this"
                + " action [error-forbidden]\",\"errorType\":\"error-forbidden\"}");

        assertThatThrownBy(() -> client.me()).isInstanceOfSatisfying(RocketChatException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> client.getUsers("manager", Map.of()))
                .isInstanceOfSatisfying(RocketChatException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorType()).isEqualTo("error-forbidden");
                });
    }

    @Test
    void a_non_json_error_body_gives_a_null_body_and_null_error() {
        server.reply(502, "text/html", "<html>Bad gateway</html>");

        assertThatThrownBy(() -> client.getAppearance())
                .isInstanceOfSatisfying(RocketChatException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.body()).isNull();
                    assertThat(e.error()).isNull();
                    assertThat(e.errorType()).isNull();
                    assertThat(e).hasMessage("HTTP 502: <html>Bad gateway</html>");
                });
    }

    @Test
    void raw_returns_4xx_answers_with_status_headers_and_body_instead_of_throwing() throws Exception {
        server.reply(400, "{\"success\":false,\"error\":\"must have required property 'token' [invalid-params]\","
                + "\"errorType\":\"invalid-params\"}");

        RawResponse response = client.raw("POST", "livechat/message?x=1", "{\"token\":{\"$ne\":null}}",
                Map.of("X-Requested-With", "test"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isSuccessful()).isFalse();
        assertThat(response.header("x-stub")).isEqualTo("yes");
        assertThat(response.header("CONTENT-TYPE")).isEqualTo("application/json");
        assertThat(response.json().path("errorType").asText()).isEqualTo("invalid-params");
        StubServer.Recorded call = server.take();
        assertThat(call.method() + " " + call.rawPath() + "?" + call.rawQuery())
                .isEqualTo("POST /api/v1/livechat/message?x=1");
        assertThat(call.body()).isEqualTo("{\"token\":{\"$ne\":null}}");
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(call.header("X-Requested-With")).isEqualTo("test");
    }

    @Test
    void raw_keeps_a_caller_supplied_content_type_and_reaches_paths_outside_api_v1() throws Exception {
        server.reply(404, "text/plain", "");

        RawResponse response = client.raw("PATCH", "/api/info/", "a=b", Map.of("content-type", "text/plain"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(response.json().isNull()).isTrue();
        StubServer.Recorded call = server.take();
        assertThat(call.method() + " " + call.rawPath()).isEqualTo("PATCH /api/info/");
        assertThat(call.headerValues("Content-Type")).containsExactly("text/plain");
    }
}
