package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accounts: {@code users.register}, {@code login}, {@code me}, {@code logout}, {@code users.create},
 * {@code users.info} and {@code users.setStatus}. Covers checklist (§7) items 17, 18, 20, 21, 22 and 23.
 */
class AccountTest {

    @Test
    void the_first_registered_user_is_an_administrator_and_the_second_is_not() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat client = server.client();

            JsonNode first = client.usersRegister("first", "first@example.com", "pass-1234", "First");
            JsonNode second = client.usersRegister("second", "second@example.com", "pass-1234", "Second");

            assertThat(first.path("success").asBoolean()).isTrue();
            assertThat(first.at("/user/username").asText()).isEqualTo("first");
            assertThat(first.at("/user/roles")).contains(json("'admin'"));
            assertThat(second.at("/user/roles")).doesNotContain(json("'admin'"));
        }
    }

    @Test
    void registering_a_taken_username_fails_cleanly() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat client = server.client();
            client.usersRegister("first", "first@example.com", "pass-1234", "First");

            var e = failure(() -> client.usersRegister("first", "other@example.com", "pass-1234", "Again"));

            assertThat(e.status()).isEqualTo(400);
            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'Username is already in use'}"));
        }
    }

    @Test
    void login_returns_the_session_and_me_returns_the_user_without_secrets() {
        try (TestServer server = TestServer.start()) {
            server.client().usersRegister("first", "first@example.com", "pass-1234", "First");
            RocketChatLivechat client = server.client();

            JsonNode login = client.login("first", "pass-1234");

            assertThat(login.get("status").asText()).isEqualTo("success");
            assertThat(login.path("success").asBoolean()).isTrue();
            String userId = login.at("/data/userId").asText();
            String authToken = login.at("/data/authToken").asText();
            assertThat(login.at("/data/me/username").asText()).isEqualTo("first");
            JsonNode me = client.me();
            assertThat(me.get("_id").asText()).isEqualTo(userId);
            assertThat(me.get("username").asText()).isEqualTo("first");
            assertThat(me.path("success").asBoolean()).isTrue();
            assertThat(me.at("/services/password")).isEqualTo(json("{'exists':true}"));
            assertThat(me.toString()).doesNotContain(authToken).doesNotContain("pbkdf2");
            // The email works as a login too.
            assertThat(server.client().login("first@example.com", "pass-1234").at("/data/userId").asText()).isEqualTo(userId);
        }
    }

    @Test
    void logout_answers_with_the_legacy_envelope() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            JsonNode answer = admin.logout();

            assertThat(answer.get("status").asText()).isEqualTo("success");
            assertThat(answer.get("data")).isEqualTo(json("{\"message\":\"You've been logged out!\"}"));
            assertThat(admin.userId()).isNull();
        }
    }

    @Test
    void an_administrator_creates_users_that_can_be_looked_up_and_log_in() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            JsonNode created = admin.usersCreate(Map.of("username", "carol", "email", "carol@example.com",
                    "password", "carol-pass", "name", "Carol", "roles", List.of("livechat-manager")));

            String id = created.at("/user/_id").asText();
            assertThat(created.at("/user/roles")).contains(json("'livechat-manager'"));
            JsonNode info = admin.usersInfo(id);
            assertThat(info.at("/user/username").asText()).isEqualTo("carol");
            assertThat(info.at("/user/name").asText()).isEqualTo("Carol");
            assertThat(info.toString()).doesNotContain("carol-pass").doesNotContain("pbkdf2");
            assertThat(server.client().login("carol", "carol-pass").at("/data/userId").asText()).isEqualTo(id);
            var duplicate = failure(() -> admin.usersCreate(Map.of("username", "carol", "email", "c2@example.com",
                    "password", "x-pass-1", "name", "Carol 2")));
            assertThat(duplicate.status()).isEqualTo(400);
        }
    }

    @Test
    void set_status_changes_the_presence_and_status_text() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            assertThat(admin.setStatus("away", "lunch")).isEqualTo(json("{'success':true}"));

            JsonNode me = admin.me();
            assertThat(me.get("status").asText()).isEqualTo("away");
            assertThat(me.get("statusText").asText()).isEqualTo("lunch");
            assertThat(admin.usersInfo(admin.userId()).at("/user/status").asText()).isEqualTo("away");
        }
    }

    @Test
    void an_unknown_status_is_error_invalid_status() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            var e = failure(() -> admin.setStatus("sleeping", null));

            assertCodedError(e, "error-invalid-status", "Valid status types include online, away, offline, and busy.");
            assertThat(admin.me().get("status").asText()).isNotEqualTo("sleeping");
        }
    }
}
