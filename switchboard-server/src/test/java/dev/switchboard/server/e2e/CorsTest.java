package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-origin use of the REST API, as Rocket.Chat allows it (rocketchat-livechat.md §1.7): any
 * origin, on successes and failures alike, and preflights answered with upstream's header list.
 * Supports checklist (§7) item 10 for integrations running in browsers on other sites.
 */
class CorsTest {
    private static final String ORIGIN = "http://shop.example.net";
    private static final Map<String, String> FROM_ELSEWHERE = Map.of("Origin", ORIGIN);
    private static TestServer server;
    private static RocketChatLivechat anon;

    @BeforeAll
    static void up() {
        server = TestServer.start();
        server.admin();
        anon = server.client();
    }

    @AfterAll
    static void down() { server.close(); }

    @Test
    void a_preflight_is_answered_with_any_origin_and_upstreams_methods_and_headers() {
        RawResponse preflight = anon.raw("OPTIONS", "livechat/visitor", null, Map.of("Origin", ORIGIN,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-visitor-token"));

        assertThat(preflight.status()).isIn(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, PUT, DELETE, OPTIONS");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo(
                "Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization");
        assertThat(anon.raw("OPTIONS", "/api/info", null, FROM_ELSEWHERE).status()).isIn(200, 204);
    }

    @Test
    void successful_answers_allow_any_origin() {
        assertAllowsAnyOrigin(anon.raw("GET", "/api/info", null, FROM_ELSEWHERE), 200);
        assertAllowsAnyOrigin(anon.raw("GET", "livechat/config", null, FROM_ELSEWHERE), 200);
    }

    @Test
    void failures_allow_any_origin_too() {
        assertAllowsAnyOrigin(anon.raw("GET", "me", null, FROM_ELSEWHERE), 401);
        assertAllowsAnyOrigin(anon.raw("GET", "livechat/visitor/unknown-token", null, FROM_ELSEWHERE), 400);
        assertAllowsAnyOrigin(anon.raw("POST", "livechat/visitor", "{\"visitor\":", FROM_ELSEWHERE), 400);
        assertAllowsAnyOrigin(anon.raw("GET", "no.such.endpoint", null, FROM_ELSEWHERE), 404);
        assertAllowsAnyOrigin(anon.raw("POST", "livechat/visitor", "{\"visitor\":{\"token\":\"" + "x".repeat(1_100_000) + "\"}}",
                FROM_ELSEWHERE), 400);
    }

    @Test
    void answers_outside_the_api_are_not_given_cors_headers() {
        RawResponse health = anon.raw("GET", "/health/live", null, FROM_ELSEWHERE);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("Access-Control-Allow-Origin")).isNull();
    }

    private static void assertAllowsAnyOrigin(RawResponse answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Access-Control-Allow-Origin")).as("on a %s", status).isEqualTo("*");
    }
}
