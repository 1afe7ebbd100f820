package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.items;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Settings, appearance, the widget's config and server info. Covers checklist (§7) items 1, 24, 25,
 * 26, 27 and 44.
 */
class SettingsTest {

    @Test
    void a_setting_is_read_and_updated_with_immediate_effect() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            assertThat(admin.settingsGet("Livechat_Routing_Method"))
                    .isEqualTo(json("{'_id':'Livechat_Routing_Method','value':'Auto_Selection','success':true}"));
            assertThat(admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection")).isEqualTo(json("{'success':true}"));
            assertThat(admin.settingsGet("Livechat_Routing_Method").get("value").asText()).isEqualTo("Manual_Selection");
        }
    }

    @Test
    void an_unknown_setting_is_a_bare_failure() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            var read = failure(() -> admin.settingsGet("No_Such_Setting"));
            var write = failure(() -> admin.settingsUpdate("No_Such_Setting", "x"));

            assertThat(read.status()).isEqualTo(400);
            assertThat(read.body()).isEqualTo(json("{'success':false}"));
            assertThat(write.status()).isEqualTo(400);
            assertThat(write.body()).isEqualTo(json("{'success':false}"));
        }
    }

    @Test
    void appearance_lists_the_24_appearance_settings_with_id_value_and_type() {
        try (TestServer server = TestServer.start()) {
            JsonNode appearance = server.admin().getAppearance().get("appearance");

            assertThat(appearance.size()).isEqualTo(24);
            for (JsonNode item : items(appearance)) {
                assertThat(item.fieldNames()).toIterable().as("%s", item).contains("_id", "value", "type");
            }
            assertThat(find(appearance, "Livechat_title")).isEqualTo(json("'Rocket.Chat'"));
            assertThat(find(appearance, "Livechat_hide_system_messages")).isEqualTo(json("['uj','ul','livechat-close']"));
            assertThat(find(appearance, "Omnichannel_allow_visitors_to_close_conversation").asBoolean()).isTrue();
        }
    }

    @Test
    void appearance_values_posted_as_an_array_round_trip_converted_by_type() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            JsonNode answer = admin.setAppearance(List.of(Map.of("_id", "Livechat_title", "value", "My support"),
                    Map.of("_id", "Livechat_hide_watermark", "value", "true"),
                    Map.of("_id", "Livechat_show_agent_email", "value", "false"),
                    Map.of("_id", "Livechat_message_character_limit", "value", "12")));

            assertThat(answer).isEqualTo(json("{'success':true}"));
            JsonNode appearance = admin.getAppearance().get("appearance");
            assertThat(find(appearance, "Livechat_title")).isEqualTo(json("'My support'"));
            assertThat(find(appearance, "Livechat_hide_watermark")).isEqualTo(json("true"));
            assertThat(find(appearance, "Livechat_show_agent_email")).isEqualTo(json("false"));
            assertThat(find(appearance, "Livechat_message_character_limit").isNumber()).isTrue();
            assertThat(find(appearance, "Livechat_message_character_limit").asInt()).isEqualTo(12);
            assertThat(server.client().config(null).at("/config/theme/title").asText()).isEqualTo("My support");
        }
    }

    @Test
    void an_unknown_appearance_id_is_invalid_setting_and_nothing_is_written() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            var e = failure(() -> admin.setAppearance(List.of(Map.of("_id", "Livechat_title", "value", "Changed"),
                    Map.of("_id", "Not_An_Appearance_Setting", "value", "x"))));

            assertThat(e.status()).isEqualTo(400);
            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'invalid-setting'}"));
            assertThat(find(admin.getAppearance().get("appearance"), "Livechat_title")).isEqualTo(json("'Rocket.Chat'"));
        }
    }

    @Test
    void config_always_has_settings_and_reports_whether_an_agent_is_online() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat visitor = server.client();

            JsonNode offline = visitor.config(null);
            assertThat(offline.path("success").asBoolean()).isTrue();
            JsonNode config = offline.get("config");
            assertThat(config.get("enabled").asBoolean()).isTrue();
            assertThat(config.get("settings").isObject()).isTrue();
            assertThat(config.get("online")).isEqualTo(json("false"));
            assertThat(config.at("/survey/items")).contains(json("'agentResposiveness'"));
            assertThat(config.has("guest")).isFalse();

            server.onlineAgent(admin, "alice");
            assertThat(visitor.config(null).at("/config/online")).isEqualTo(json("true"));
        }
    }

    @Test
    void config_with_the_token_of_a_served_visitor_has_guest_room_and_agent() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            JsonNode room = E2e.visitorRoom(visitor, token);

            JsonNode config = visitor.config(token).get("config");

            assertThat(config.at("/guest/token").asText()).isEqualTo(token);
            assertThat(config.at("/guest/_id").asText()).isEqualTo(room.at("/v/_id").asText());
            assertThat(config.at("/room/_id").asText()).isEqualTo(room.get("_id").asText());
            assertThat(config.at("/room/servedBy/_id").asText()).isEqualTo(alice.userId());
            assertThat(config.at("/agent/_id").asText()).isEqualTo(alice.userId());
            assertThat(config.at("/agent/username").asText()).isEqualTo("alice");
            assertThat(visitor.config(TestServer.newToken()).get("config").has("guest")).isFalse();
        }
    }

    @Test
    void server_info_answers_without_authentication_with_and_without_trailing_slash() {
        try (TestServer server = TestServer.start()) {
            for (String path : List.of("/api/info", "/api/info/")) {
                var response = server.client().raw("GET", path, null, Map.of());
                assertThat(response.status()).as(path).isEqualTo(200);
                JsonNode body = response.json();
                assertThat(body.path("success").asBoolean()).as(path).isTrue();
                // Anonymous callers see major.minor only (§1.1).
                assertThat(body.path("version").asText()).as(path).isEqualTo("6.14");
            }
        }
    }

    private static JsonNode find(JsonNode appearance, String id) {
        return items(appearance).stream().filter(i -> id.equals(i.path("_id").asText())).findFirst()
                .map(i -> i.get("value")).orElseThrow(() -> new AssertionError(id + " missing from " + appearance));
    }
}
