package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.Envelope.assertBare;
import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code settings/:_id} (GET, POST), {@code livechat/appearance} (GET, POST) and
 * {@code livechat/config} with hostile ids, values and queries: unknown or hidden ids give the bare
 * failure of §2.7, no refused write changes a stored value (not even partly), and no stored page
 * size, however absurd, breaks a listing. Covers checklist
 * (§7) items 4, 5, 12, 14, 24, 26, 27 and 44.
 */
class BadInputSettingsTest {
    private static World w;

    @BeforeAll
    static void up() { w = World.start(); }

    @AfterAll
    static void down() { w.close(); }

    @Test
    void unknown_hidden_and_injection_shaped_setting_ids_give_the_bare_failure_on_get() {
        for (String id : List.of("Nope", "Livechat_guest_count", "%24where", "%7B%22%24ne%22%3Anull%7D",
                "livechat_title", "Livechat_title%20")) {
            assertBare(w.asAdmin("GET", "settings/" + id, null));
        }
    }

    @Test
    void unknown_and_hidden_setting_ids_give_the_bare_failure_on_post_and_store_nothing() {
        assertBare(w.asAdmin("POST", "settings/Nope", "{\"value\":1}"));
        assertBare(w.asAdmin("POST", "settings/Livechat_guest_count", "{\"value\":1}"));
        assertBare(w.asAdmin("GET", "settings/Nope", null));
    }

    @Test
    void a_post_without_a_value_gives_the_bare_failure() {
        assertBare(w.asAdmin("POST", "settings/Livechat_title", "{}"));
        assertBare(w.asAdmin("POST", "settings/Livechat_title", ""));
        assertBare(w.asAdmin("POST", "settings/Livechat_title", "{\"valeu\":\"typo\"}"));
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
    }

    @Test
    void a_value_of_the_wrong_type_or_outside_the_options_is_refused_and_the_setting_keeps_its_value() {
        String[][] cases = {
                {"Livechat_title", "{\"$ne\":null}"}, {"Livechat_title", "[\"x\"]"}, {"Livechat_title", "null"},
                {"Livechat_title", "42"}, {"Livechat_enabled", "\"false\""}, {"Livechat_enabled", "0"},
                {"Livechat_Routing_Method", "\"Nope\""}, {"Livechat_Routing_Method", "{\"$gt\":\"\"}"},
                {"API_Upper_Count_Limit", "\"100000\""}, {"API_Upper_Count_Limit", "1.5"},
                {"Hide_System_Messages", "\"uj\""}, {"Hide_System_Messages", "[{\"$ne\":1}]"}};
        for (String[] c : cases) {
            JsonNode before = w.setting(c[0]);
            var r = w.asAdmin("POST", "settings/" + c[0], "{\"value\":" + c[1] + "}");
            assertClientError(r);
            assertThat(r.status()).as("%s = %s", c[0], c[1]).isEqualTo(400);
            assertThat(w.setting(c[0])).as("%s after %s", c[0], c[1]).isEqualTo(before);
        }
    }

    @Test
    void nonsense_page_size_settings_never_break_the_list_endpoints() {
        String[][] cases = {{"API_Default_Count", "-5"}, {"API_Default_Count", "0"}, {"API_Default_Count", "99999999999"},
                {"API_Upper_Count_Limit", "-1"}, {"API_Upper_Count_Limit", "0"}};
        try {
            for (String[] c : cases) {
                int set = w.asAdmin("POST", "settings/" + c[0], "{\"value\":" + c[1] + "}").status();
                assertThat(set).as("%s = %s", c[0], c[1]).isIn(200, 400);
                for (String path : List.of("livechat/rooms", "livechat/inquiries.list", "livechat/inquiries.queuedForUser",
                        "livechat/users/agent", "livechat/department")) {
                    var r = w.asAdmin("GET", path, null);
                    assertThat(r.status()).as("%s after %s = %s: %s", path, c[0], c[1], Envelope.shown(r)).isEqualTo(200);
                }
                assertThat(w.asAdmin("GET", "livechat/rooms", null).json().path("count").asInt()).isPositive();
            }
        } finally {
            w.admin.settingsUpdate("API_Default_Count", 50);
            w.admin.settingsUpdate("API_Upper_Count_Limit", 100);
        }
    }

    @Test
    void appearance_refuses_bodies_that_are_not_a_non_empty_array_of_id_value_objects() {
        for (String body : List.of("{}", "{\"_id\":\"Livechat_title\",\"value\":\"x\"}", "[]", "\"x\"", "42", "null",
                "[\"Livechat_title\"]", "[[]]", "[{\"_id\":{\"$ne\":null},\"value\":\"x\"}]",
                "[{\"_id\":[\"Livechat_title\"],\"value\":\"x\"}]", "[{\"_id\":\"Livechat_title\"}]",
                "[{\"value\":\"x\"}]", "[{\"_id\":\"Livechat_title\",\"value\":null}]",
                "[{\"_id\":\"Livechat_title\",\"value\":{\"$set\":\"x\"}}]")) {
            assertInvalidParams(w.asAdmin("POST", "livechat/appearance", body));
        }
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
    }

    @Test
    void one_bad_item_in_an_appearance_write_leaves_every_setting_unchanged() {
        assertPlain(w.asAdmin("POST", "livechat/appearance",
                "[{\"_id\":\"Livechat_title\",\"value\":\"Half\"},{\"_id\":\"Not_a_setting\",\"value\":\"x\"}]"),
                "invalid-setting");
        assertPlain(w.asAdmin("POST", "livechat/appearance",
                "[{\"_id\":\"Livechat_title\",\"value\":\"Half\"},{\"_id\":\"Livechat_enabled\",\"value\":false}]"),
                "invalid-setting");
        assertPlain(w.asAdmin("POST", "livechat/appearance",
                "[{\"_id\":\"Livechat_title\",\"value\":\"Half\"},{\"_id\":\"Livechat_guest_count\",\"value\":0}]"),
                "invalid-setting");
        assertInvalidParams(w.asAdmin("POST", "livechat/appearance",
                "[{\"_id\":\"Livechat_title\",\"value\":\"Half\"},{\"_id\":\"Livechat_title_color\",\"value\":{\"a\":1}}]"));
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
        assertThat(w.setting("Livechat_enabled").asBoolean()).isTrue();
        assertThat(w.anon.config(null).path("config").path("theme").path("title").asText()).isEqualTo("Rocket.Chat");
    }

    @Test
    void config_refuses_array_and_repeated_scalar_parameters() {
        String t = w.alice.token();
        assertInvalidParams(w.anon("GET", "livechat/config?token%5B%5D=" + t, null));
        assertInvalidParams(w.anon("GET", "livechat/config?token=" + t + "&token=" + w.bob.token(), null));
        assertInvalidParams(w.anon("GET", "livechat/config?department=a&department=b", null));
        assertInvalidParams(w.anon("GET", "livechat/config?department%5B%5D=a", null));
    }

    @Test
    void config_with_an_operator_shaped_or_unknown_token_discloses_no_visitor() {
        for (String q : List.of("token%5B%24ne%5D=x", "token=%7B%22%24ne%22%3Anull%7D", "token=nope", "token=")) {
            var r = w.anon("GET", "livechat/config?" + q, null);
            assertThat(r.status()).as(q).isEqualTo(200);
            assertThat(r.json().path("config").has("guest")).as(q).isFalse();
            assertThat(r.body()).doesNotContain(w.alice.token()).doesNotContain(w.bob.token());
        }
    }
}
