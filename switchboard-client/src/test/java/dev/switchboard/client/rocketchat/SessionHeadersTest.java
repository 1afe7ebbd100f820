package dev.switchboard.client.rocketchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionHeadersTest extends StubServerTest {
    private static final String LOGIN_OK =
            "{\"status\":\"success\",\"data\":{\"userId\":\"u1\",\"authToken\":\"tok-1\",\"me\":{\"username\":\"boss\"}}}";

    @Test
    void login_posts_user_and_password_as_json_and_returns_the_whole_envelope() throws Exception {
        server.reply(200, LOGIN_OK);
        JsonNode answer = client.login("boss", "s3cret");

        StubServer.Recorded login = server.take();
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.rawPath()).isEqualTo("/api/v1/login");
        assertThat(login.header("Content-Type")).isEqualTo("application/json");
        assertThat(Json.parse(login.body())).isEqualTo(Json.parse("{\"user\":\"boss\",\"password\":\"s3cret\"}"));
        assertThat(login.header("X-User-Id")).isNull();
        assertThat(answer.path("data").path("me").path("username").asText()).isEqualTo("boss");
        assertThat(client.userId()).isEqualTo("u1");
    }

    @Test
    void calls_before_login_carry_no_auth_headers() throws Exception {
        client.me();

        StubServer.Recorded me = server.take();
        assertThat(me.method()).isEqualTo("GET");
        assertThat(me.rawPath()).isEqualTo("/api/v1/me");
        assertThat(me.header("X-User-Id")).isNull();
        assertThat(me.header("X-Auth-Token")).isNull();
        assertThat(me.header("Content-Type")).isNull();
    }

    @Test
    void every_call_after_login_carries_the_user_id_and_auth_token() throws Exception {
        server.reply(200, LOGIN_OK);
        client.login("boss", "s3cret");
        server.take();

        client.inquiriesQueued();
        client.raw("GET", "/api/info", null, Map.of());

        for (StubServer.Recorded call : new StubServer.Recorded[] {server.take(), server.take()}) {
            assertThat(call.header("X-User-Id")).isEqualTo("u1");
            assertThat(call.header("X-Auth-Token")).isEqualTo("tok-1");
        }
    }

    @Test
    void logout_sends_the_headers_once_more_and_then_they_are_gone() throws Exception {
        server.reply(200, LOGIN_OK);
        client.login("boss", "s3cret");
        server.take();

        server.reply(200, "{\"status\":\"success\",\"data\":{\"message\":\"You've been logged out!\"}}");
        JsonNode bye = client.logout();
        client.me();

        StubServer.Recorded logout = server.take();
        assertThat(logout.method()).isEqualTo("POST");
        assertThat(logout.rawPath()).isEqualTo("/api/v1/logout");
        assertThat(logout.header("X-Auth-Token")).isEqualTo("tok-1");
        assertThat(bye.path("status").asText()).isEqualTo("success");
        StubServer.Recorded after = server.take();
        assertThat(after.header("X-User-Id")).isNull();
        assertThat(after.header("X-Auth-Token")).isNull();
        assertThat(client.userId()).isNull();
    }

    @Test
    void a_failed_login_raises_401_and_leaves_the_client_logged_out() throws Exception {
        server.reply(401, "{\"success\":false,\"status\":\"error\",\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}");

        assertThatThrownBy(() -> client.login("boss", "wrong"))
                .isInstanceOfSatisfying(RocketChatException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo("Unauthorized");
                });
        assertThat(client.userId()).isNull();
    }

    @Test
    void raw_extra_headers_can_replace_the_auth_headers() throws Exception {
        server.reply(200, LOGIN_OK);
        client.login("boss", "s3cret");
        server.take();

        client.raw("GET", "me", null, Map.of("X-Auth-Token", "forged"));

        StubServer.Recorded call = server.take();
        assertThat(call.rawPath()).isEqualTo("/api/v1/me");
        assertThat(call.header("X-User-Id")).isEqualTo("u1");
        assertThat(call.headerValues("X-Auth-Token")).containsExactly("forged");
    }
}
