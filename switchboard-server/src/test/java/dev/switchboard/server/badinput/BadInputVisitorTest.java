package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST livechat/visitor}, {@code GET}/{@code DELETE livechat/visitor/:token} and
 * {@code livechat/visitor.status} with hostile tokens and fields: nothing is created or changed by
 * a refused request, and no token is ever disclosed. Covers checklist (§7) items 4, 14, 15, 29, 31
 * and 32.
 */
class BadInputVisitorTest {
    private static World w;

    @BeforeAll
    static void up() { w = World.start(); }

    @AfterAll
    static void down() { w.close(); }

    private static String register(String visitorJson) { return "{\"visitor\":" + visitorJson + "}"; }

    @Test
    void registration_without_a_visitor_object_or_token_is_refused() {
        assertMissing(w.anon("POST", "livechat/visitor", "{}"), "visitor");
        assertMissing(w.anon("POST", "livechat/visitor", "{\"token\":\"t\"}"), "visitor");
        assertMissing(w.anon("POST", "livechat/visitor", register("null")), "visitor");
        assertMissing(w.anon("POST", "livechat/visitor", register("{}")), "visitor.token");
        assertMissing(w.anon("POST", "livechat/visitor", register("{\"token\":null,\"name\":\"N\"}")), "visitor.token");
        for (String bad : List.of("\"tok\"", "[{\"token\":\"t\"}]", "42", "true")) {
            assertInvalidParams(w.anon("POST", "livechat/visitor", register(bad)));
        }
    }

    @Test
    void operator_objects_and_other_non_strings_never_become_a_token_or_a_field() {
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":" + bad + "}")));
            for (String field : List.of("name", "email", "phone", "department", "username", "id")) {
                String token = TestServer.newToken();
                assertInvalidParams(w.anon("POST", "livechat/visitor",
                        register("{\"token\":\"" + token + "\",\"" + field + "\":" + bad + "}")));
                assertThat(w.visitorExists(token)).as("visitor with bad %s", field).isFalse();
            }
        }
    }

    @Test
    void malformed_custom_fields_in_a_registration_create_no_visitor() {
        String token = TestServer.newToken();
        for (String fields : List.of("{\"a\":\"b\"}", "\"a=b\"", "[\"a\"]", "[{\"key\":{\"$ne\":1},\"value\":\"v\"}]",
                "[{\"key\":\"k\",\"value\":[\"v\"]}]", "[{\"key\":\"k\",\"value\":\"v\",\"overwrite\":\"maybe\"}]",
                "[{\"value\":\"v\"}]")) {
            assertInvalidParams(w.anon("POST", "livechat/visitor",
                    register("{\"token\":\"" + token + "\",\"customFields\":" + fields + "}")));
        }
        assertThat(w.visitorExists(token)).isFalse();
    }

    @Test
    void empty_tokens_bad_emails_and_unknown_departments_create_no_visitor() {
        for (String blank : List.of("", " ", "\\t\\n")) {
            assertCoded(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + blank + "\"}")),
                    "error-invalid-token", "Token cannot be empty");
        }
        String token = TestServer.newToken();
        assertCoded(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + token + "\",\"department\":\"nope\"}")),
                "error-invalid-department", "The provided department is invalid");
        assertCoded(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + token + "\",\"email\":\"not-an-email\"}")),
                "error-invalid-email", "Invalid email not-an-email");
        assertThat(w.visitorExists(token)).isFalse();
        assertThat(w.visitorExists("")).isFalse();
    }

    @Test
    void a_refused_update_of_an_existing_visitor_changes_none_of_its_fields() {
        JsonNode before = w.visitorDoc(w.alice);
        assertCoded(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + w.alice.token()
                + "\",\"name\":\"Mallory\",\"username\":\"mallory\",\"department\":\"nope\"}")),
                "error-invalid-department", "The provided department is invalid");
        assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + w.alice.token()
                + "\",\"name\":\"Mallory\",\"phone\":{\"$set\":\"1\"}}")));
        JsonNode after = w.visitorDoc(w.alice);
        assertThat(after.path("name").asText()).isEqualTo("Alice");
        assertThat(after.path("username")).isEqualTo(before.path("username"));
        assertThat(after.path("_updatedAt")).isEqualTo(before.path("_updatedAt"));
        assertThat(w.room(w.alice.rid()).path("fname").asText()).isEqualTo("Alice");
    }

    @Test
    void tokens_and_ids_too_long_to_be_keys_are_refused_and_create_nothing() {
        String huge = World.random(20_000);
        assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + huge + "\"}")));
        assertThat(w.visitorExists(huge)).isFalse();
        String token = TestServer.newToken();
        assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + token + "\",\"id\":\"" + huge + "\"}")));
        assertThat(w.visitorExists(token)).isFalse();
    }

    @Test
    void nul_characters_are_refused_instead_of_reaching_the_database() {
        String token = TestServer.newToken();
        assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":\"" + token + "\",\"name\":\"a\\u0000b\"}")));
        assertInvalidParams(w.anon("POST", "livechat/visitor", register("{\"token\":\"a\\u0000b\"}")));
        assertThat(w.visitorExists(token)).isFalse();
    }

    @Test
    void unknown_and_operator_shaped_path_tokens_are_invalid_token_on_get_and_delete() {
        for (String token : List.of("nope", "%7B%22%24ne%22%3Anull%7D", "%24ne", ".*", "%25", "null")) {
            assertCoded(w.anon("GET", "livechat/visitor/" + token, null), "invalid-token", "");
            assertCoded(w.anon("DELETE", "livechat/visitor/" + token, null), "invalid-token", "");
        }
        assertThat(w.visitorExists(w.alice.token())).isTrue();
    }

    @Test
    void a_visitor_with_an_open_room_cannot_be_deleted_and_stays_whole() {
        assertCoded(w.anon("DELETE", "livechat/visitor/" + w.alice.token(), null),
                "visitor-has-open-rooms", "Cannot remove visitors with opened rooms");
        assertThat(w.visitorExists(w.alice.token())).isTrue();
        w.assertRoomUntouched(w.alice, w.messageCount(w.alice));
    }

    @Test
    void visitor_status_rejects_missing_mistyped_and_unknown_values_without_changing_the_status() {
        String t = w.alice.token();
        assertMissing(w.anon("POST", "livechat/visitor.status", "{}"), "token");
        assertMissing(w.anon("POST", "livechat/visitor.status", "{\"token\":\"" + t + "\"}"), "status");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/visitor.status", "{\"token\":" + bad + ",\"status\":\"away\"}"));
            assertInvalidParams(w.anon("POST", "livechat/visitor.status", "{\"token\":\"" + t + "\",\"status\":" + bad + "}"));
        }
        assertInvalidParams(w.anon("POST", "livechat/visitor.status", "{\"token\":\"" + t + "\",\"status\":\"hacker\"}"));
        assertPlain(w.anon("POST", "livechat/visitor.status", "{\"token\":\"nope\",\"status\":\"away\"}"), "invalid-token");
        assertPlain(w.anon("POST", "livechat/visitor.status", "{\"token\":\"\",\"status\":\"away\"}"), "invalid-token");
        assertThat(w.visitorDoc(w.alice).path("status").asText()).isEqualTo("online");
    }
}
