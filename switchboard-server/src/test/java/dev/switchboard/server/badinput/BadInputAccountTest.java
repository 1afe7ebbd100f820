package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertFailure;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static dev.switchboard.server.badinput.Envelope.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code login}, {@code users.register}, {@code users.create}, {@code users.info} and
 * {@code users.setStatus} with hostile bodies and queries ({@code logout} and {@code me} take no
 * input beyond the session: see {@link BadInputAuthTest}). Covers checklist (§7) items 4, 5, 14, 17,
 * 20, 21, 22 and 23.
 */
class BadInputAccountTest {
    /** Shapes that are not a string, for fields that must be one. */
    static final List<String> NOT_STRINGS = List.of("{\"$ne\":null}", "{\"$regex\":\".*\"}", "[\"admin\"]", "42",
            "true", "{}");
    private static World w;

    @BeforeAll
    static void up() { w = World.start(); }

    @AfterAll
    static void down() { w.close(); }

    private static void assertLoginRefused(RawResponse r) {
        assertFailure(r, 401, "Unauthorized", null);
        assertThat(r.json()).isEqualTo(json(
                "{\"success\":false,\"status\":\"error\",\"error\":\"Unauthorized\",\"message\":\"Unauthorized\"}"));
    }

    @Test
    void login_refuses_operator_objects_in_place_of_credentials_with_invalid_params() {
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "login", "{\"user\":" + bad + ",\"password\":{\"$ne\":null}}"));
            assertInvalidParams(w.anon("POST", "login", "{\"username\":" + bad + ",\"password\":\"x\"}"));
            assertInvalidParams(w.anon("POST", "login", "{\"email\":" + bad + ",\"password\":\"x\"}"));
            assertInvalidParams(w.anon("POST", "login", "{\"user\":\"admin\",\"password\":" + bad + "}"));
            assertInvalidParams(w.anon("POST", "login", "{\"resume\":" + bad + "}"));
        }
    }

    @Test
    void login_with_missing_or_wrong_credentials_answers_the_401_of_the_spec() {
        for (String body : List.of("", "{}", "{\"user\":\"admin\"}", "{\"password\":\"s3cret-pass\"}",
                "{\"user\":\"admin\",\"password\":\"wrong\"}", "{\"user\":\"ghost\",\"password\":\"s3cret-pass\"}",
                "{\"email\":\"admin@example.com\",\"password\":\"\"}", "{\"resume\":\"not-a-token\"}",
                "{\"user\":\".*\",\"password\":\".*\"}", "{\"user\":\"%\",\"password\":\"%\"}")) {
            assertLoginRefused(w.anon("POST", "login", body));
        }
    }

    @Test
    void users_register_rejects_every_missing_or_mistyped_field_and_creates_no_account() {
        assertMissing(w.anon("POST", "users.register", "{}"), "username");
        assertMissing(w.anon("POST", "users.register", "{\"username\":\"eve\",\"pass\":\"p\"}"), "email");
        assertMissing(w.anon("POST", "users.register", "{\"username\":\"eve\",\"email\":\"e@x.io\"}"), "pass");
        assertMissing(w.anon("POST", "users.register", "{\"username\":null,\"email\":\"e@x.io\",\"pass\":\"p\"}"), "username");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "users.register", "{\"username\":" + bad + ",\"email\":\"e@x.io\",\"pass\":\"p\"}"));
            assertInvalidParams(w.anon("POST", "users.register", "{\"username\":\"eve\",\"email\":" + bad + ",\"pass\":\"p\"}"));
            assertInvalidParams(w.anon("POST", "users.register", "{\"username\":\"eve\",\"email\":\"e@x.io\",\"pass\":" + bad + "}"));
            assertInvalidParams(w.anon("POST", "users.register",
                    "{\"username\":\"eve\",\"email\":\"e@x.io\",\"pass\":\"p\",\"name\":" + bad + "}"));
        }
        assertUserAbsent("eve");
    }

    @Test
    void users_register_answers_the_plain_upstream_errors_and_keeps_existing_accounts() {
        assertPlain(w.anon("POST", "users.register", "{\"username\":\"../admin\",\"email\":\"e@x.io\",\"pass\":\"p\"}"),
                "The username provided is not valid");
        assertPlain(w.anon("POST", "users.register", "{\"username\":\"\",\"email\":\"e@x.io\",\"pass\":\"p\"}"),
                "The username provided is not valid");
        assertPlain(w.anon("POST", "users.register", "{\"username\":\"eve\",\"email\":\"e@x.io\",\"pass\":\"p\",\"name\":\"<script>\"}"),
                "Name contains invalid characters");
        assertPlain(w.anon("POST", "users.register", "{\"username\":\"admin\",\"email\":\"e@x.io\",\"pass\":\"p\"}"),
                "Username is already in use");
        assertPlain(w.anon("POST", "users.register", "{\"username\":\"ADMIN\",\"email\":\"e@x.io\",\"pass\":\"p\"}"),
                "Username is already in use");
        assertUserAbsent("eve");
        var admin = w.admin.usersInfo(w.admin.userId()).path("user");
        assertThat(admin.path("emails").get(0).path("address").asText()).isEqualTo("admin@example.com");
        assertThat(admin.path("roles").toString()).contains("admin");
    }

    @Test
    void users_create_rejects_mistyped_fields_and_unknown_roles_and_creates_no_account() {
        String base = "\"username\":\"mallory\",\"email\":\"m@x.io\",\"password\":\"p\",\"name\":\"M\"";
        assertMissing(w.asAdmin("POST", "users.create", "{}"), "username");
        assertMissing(w.asAdmin("POST", "users.create", "{\"username\":\"mallory\",\"email\":\"m@x.io\",\"password\":\"p\"}"), "name");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", "users.create",
                    "{\"username\":" + bad + ",\"email\":\"m@x.io\",\"password\":\"p\",\"name\":\"M\"}"));
        }
        assertInvalidParams(w.asAdmin("POST", "users.create", "{" + base + ",\"roles\":\"admin\"}"));
        assertInvalidParams(w.asAdmin("POST", "users.create", "{" + base + ",\"roles\":[{\"$ne\":null}]}"));
        assertInvalidParams(w.asAdmin("POST", "users.create", "{" + base + ",\"active\":{\"$ne\":false}}"));
        assertCoded(w.asAdmin("POST", "users.create", "{" + base + ",\"roles\":[\"superuser\"]}"),
                "error-invalid-role", "Role superuser does not exist");
        assertCoded(w.asAdmin("POST", "users.create", "{\"username\":\"a b\",\"email\":\"m@x.io\",\"password\":\"p\",\"name\":\"M\"}"),
                "error-invalid-username", "Invalid username");
        assertCoded(w.asAdmin("POST", "users.create", "{\"username\":\"agent1\",\"email\":\"m@x.io\",\"password\":\"p\",\"name\":\"M\"}"),
                "error-field-unavailable", "agent1 is already in use :(");
        assertUserAbsent("mallory");
    }

    @Test
    void users_info_rejects_array_and_repeated_parameters_and_treats_operators_as_literal_names() {
        assertMissing(w.asAdmin("GET", "users.info", null), "userId");
        assertMissing(w.asAdmin("GET", "users.info?userId%5B%24ne%5D=x", null), "userId");
        assertInvalidParams(w.asAdmin("GET", "users.info?userId%5B%5D=" + w.agent.userId(), null));
        assertInvalidParams(w.asAdmin("GET", "users.info?userId=" + w.agent.userId() + "&userId=" + w.admin.userId(), null));
        assertInvalidParams(w.asAdmin("GET", "users.info?username=admin&username=agent1", null));
        assertPlain(w.asAdmin("GET", "users.info?userId=nope", null), "User not found.");
        assertPlain(w.asAdmin("GET", "users.info?username=%7B%22%24regex%22%3A%22.*%22%7D", null), "User not found.");
        assertPlain(w.asAdmin("GET", "users.info?username=.*", null), "User not found.");
    }

    @Test
    void users_set_status_validates_before_writing_anything() {
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAgent("POST", "users.setStatus", "{\"status\":" + bad + ",\"message\":\"hacked\"}"));
            assertInvalidParams(w.asAgent("POST", "users.setStatus", "{\"status\":\"away\",\"message\":" + bad + "}"));
            assertInvalidParams(w.asAgent("POST", "users.setStatus", "{\"status\":\"away\",\"userId\":" + bad + "}"));
        }
        assertMissing(w.asAgent("POST", "users.setStatus", "{}"), "status");
        assertCoded(w.asAgent("POST", "users.setStatus", "{\"status\":\"invisible\",\"message\":\"hacked\"}"),
                "error-invalid-status", "Valid status types include online, away, offline, and busy.");
        assertCoded(w.asAgent("POST", "users.setStatus", "{\"status\":\"away\",\"userId\":\"nope\"}"),
                "error-invalid-user", "Invalid user");
        var agentMe = w.agent.me();
        assertThat(agentMe.path("status").asText()).isEqualTo("online");
        assertThat(agentMe.path("statusText").asText()).isEmpty();
    }

    @Test
    void users_set_status_of_someone_else_without_permission_is_forbidden_and_changes_nothing() {
        RawResponse r = w.asPlain("POST", "users.setStatus",
                "{\"status\":\"offline\",\"message\":\"gone\",\"username\":\"agent1\"}");
        assertFailure(r, 403, "unauthorized", null);
        var agentMe = w.agent.me();
        assertThat(agentMe.path("status").asText()).isEqualTo("online");
        assertThat(agentMe.path("statusText").asText()).isEmpty();
    }

    private static void assertUserAbsent(String username) {
        assertPlain(w.asAdmin("GET", "users.info?username=" + username, null), "User not found.");
    }
}
