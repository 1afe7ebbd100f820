package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertBare;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/users/:type} (GET list, POST) and {@code livechat/users/:type/:_id} (GET, DELETE)
 * with bad types, hostile usernames, unknown ids and abusive filters: no refused call grants or
 * removes a role, and text filters match literally (no regex or LIKE wildcards). Covers checklist
 * (§7) items 4, 12, 14, 19, 53, 54 and 55.
 */
class BadInputAgentUsersTest {
    private static World w;

    @BeforeAll
    static void up() { w = World.start(); }

    @AfterAll
    static void down() { w.close(); }

    private static void assertRolesUnchanged() {
        assertThat(w.usersTotal("agent")).isEqualTo(1);
        assertThat(w.usersTotal("manager")).isZero();
        assertThat(w.admin.getUser("agent", w.agent.userId()).path("user").path("username").asText()).isEqualTo("agent1");
    }

    @Test
    void an_unknown_type_is_invalid_type_on_every_method() {
        for (String type : List.of("bogus", "admin", "Agent", "%24ne", "agent%20")) {
            assertPlain(w.asAdmin("GET", "livechat/users/" + type, null), "Invalid type");
            assertPlain(w.asAdmin("POST", "livechat/users/" + type, "{\"username\":\"plain1\"}"), "Invalid type");
            assertPlain(w.asAdmin("GET", "livechat/users/" + type + "/" + w.agent.userId(), null), "Invalid type");
            assertPlain(w.asAdmin("DELETE", "livechat/users/" + type + "/" + w.agent.userId(), null), "Invalid type");
        }
        assertRolesUnchanged();
    }

    @Test
    void the_list_refuses_abusive_pagination_sort_and_filter_parameters() {
        for (String query : List.of("offset=-1", "count=x", "offset=1&offset=2", "sort=nope", "sort=%7B%22password%22%3A1%7D",
                "sort=%7B%22services.resume%22%3A1%7D", "text%5B%5D=a", "text=a&text=b", "onlyAvailable=maybe",
                "onlyAvailable=%7B%22%24ne%22%3Afalse%7D", "showIdleAgents=2", "excludeId%5B%5D=x", "excludeId=a&excludeId=b")) {
            assertInvalidParams(w.asAdmin("GET", "livechat/users/agent?" + query, null));
        }
    }

    @Test
    void text_filters_match_literally_and_never_as_patterns() {
        for (String text : List.of(".*", "%25", "_", "%5E", "%5B", "(", "a%7Cb", "%5C", "%7B%22%24ne%22%3Anull%7D")) {
            var r = w.asAdmin("GET", "livechat/users/agent?text=" + text, null);
            assertThat(r.status()).as(text).isEqualTo(200);
            assertThat(r.json().path("total").asLong()).as(text).isZero();
        }
        assertThat(w.asAdmin("GET", "livechat/users/agent?text=GENT", null).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void adding_a_role_refuses_mistyped_missing_and_unknown_usernames() {
        assertMissing(w.asAdmin("POST", "livechat/users/manager", "{}"), "username");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", "livechat/users/manager", "{\"username\":" + bad + "}"));
        }
        for (String name : List.of("ghost", ".*", "", "PLAIN1 ", "plain1\\u0000")) {
            var r = w.asAdmin("POST", "livechat/users/manager", "{\"username\":\"" + name + "\"}");
            if (name.contains("\\u0000")) assertInvalidParams(r);
            else assertCoded(r, "error-invalid-user", "");
        }
        assertRolesUnchanged();
    }

    @Test
    void reading_an_unknown_user_id_is_user_not_found() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D", ".*", "%25")) {
            assertPlain(w.asAdmin("GET", "livechat/users/agent/" + id, null), "User not found");
        }
    }

    @Test
    void removing_a_role_from_an_unknown_user_or_one_without_it_is_the_bare_failure() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D", w.plain.userId(), w.admin.userId())) {
            assertBare(w.asAdmin("DELETE", "livechat/users/agent/" + id, null));
        }
        assertBare(w.asAdmin("DELETE", "livechat/users/manager/" + w.agent.userId(), null));
        assertRolesUnchanged();
    }
}
