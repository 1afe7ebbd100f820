package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Authentication and permissions: 401 without a valid session, 403 without the permission, and the
 * login failure body. Covers checklist (§7) items 6, 7, 10, 20 and 22.
 */
class PermissionsTest {
    private static final String LOGGED_OUT = "{'success':false,'status':'error','error':'You must be logged in to do this.',"
            + "'message':'You must be logged in to do this.'}";

    @Test
    void a_user_without_livechat_roles_is_forbidden_from_the_manager_endpoints() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat plain = server.user(admin, "plain", List.of());
            List<Runnable> calls = List.of(
                    () -> plain.inquiriesList(Map.of()),
                    () -> plain.rooms(Map.of()),
                    () -> plain.getUsers("agent", Map.of()),
                    () -> plain.getUsers("manager", Map.of()),
                    () -> plain.createUser("agent", "plain"),
                    () -> plain.settingsGet("Livechat_Routing_Method"),
                    () -> plain.settingsUpdate("Livechat_Routing_Method", "Manual_Selection"),
                    () -> plain.getAppearance(),
                    () -> plain.inquiriesTake("NotARealThing"),
                    () -> plain.inquiriesGetOne("anything"));

            for (Runnable call : calls) {
                RocketChatException e = failure(call);
                assertThat(e.status()).as("%s", e.body()).isEqualTo(403);
                assertThat(e.body().path("success").isBoolean()).isTrue();
                assertThat(e.body().path("success").asBoolean()).isFalse();
                assertThat(e.error()).isEqualTo("User does not have the permissions required for this action [error-forbidden]");
                assertThat(e.errorType()).isEqualTo("error-forbidden");
            }
            assertThat(admin.settingsGet("Livechat_Routing_Method").get("value").asText()).isEqualTo("Auto_Selection");
            assertThat(admin.getUsers("agent", Map.of()).get("total").asInt()).isZero();
        }
    }

    @Test
    void requests_without_credentials_are_401_with_the_logged_out_body() {
        try (TestServer server = TestServer.start()) {
            server.admin();
            RocketChatLivechat anonymous = server.client();

            for (Runnable call : List.<Runnable>of(() -> anonymous.me(), () -> anonymous.inquiriesList(Map.of()),
                    () -> anonymous.rooms(Map.of()), () -> anonymous.settingsGet("Livechat_Routing_Method"))) {
                RocketChatException e = failure(call);
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.body()).isEqualTo(json(LOGGED_OUT));
            }
        }
    }

    @Test
    void a_wrong_token_is_401() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            RawResponse wrongToken = server.client().raw("GET", "me", null,
                    Map.of("X-User-Id", admin.userId(), "X-Auth-Token", "not-the-token"));
            RawResponse wrongUser = server.client().raw("GET", "me", null,
                    Map.of("X-User-Id", "someone-else", "X-Auth-Token", "not-the-token"));

            assertThat(wrongToken.status()).isEqualTo(401);
            assertThat(wrongToken.json()).isEqualTo(json(LOGGED_OUT));
            assertThat(wrongUser.status()).isEqualTo(401);
        }
    }

    @Test
    void after_logout_the_old_token_is_401() {
        try (TestServer server = TestServer.start()) {
            server.admin();
            RocketChatLivechat user = server.client();
            JsonNode login = user.login(TestServer.ADMIN, TestServer.PASSWORD);
            Map<String, String> oldHeaders = Map.of("X-User-Id", login.at("/data/userId").asText(),
                    "X-Auth-Token", login.at("/data/authToken").asText());
            assertThat(server.client().raw("GET", "me", null, oldHeaders).status()).isEqualTo(200);

            user.logout();

            RawResponse after = server.client().raw("GET", "me", null, oldHeaders);
            assertThat(after.status()).isEqualTo(401);
            assertThat(after.json()).isEqualTo(json(LOGGED_OUT));
        }
    }

    @Test
    void a_bad_password_is_401_with_the_unauthorized_body() {
        try (TestServer server = TestServer.start()) {
            server.admin();

            var wrongPassword = failure(() -> server.client().login(TestServer.ADMIN, "wrong"));
            var unknownUser = failure(() -> server.client().login("nobody", TestServer.PASSWORD));

            JsonNode expected = json("{'success':false,'status':'error','error':'Unauthorized','message':'Unauthorized'}");
            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(wrongPassword.body()).isEqualTo(expected);
            assertThat(unknownUser.status()).isEqualTo(401);
            assertThat(unknownUser.body()).isEqualTo(expected);
        }
    }
}
