package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/custom.field}, {@code livechat/custom.fields} and {@code livechat/page.visited}
 * with hostile bodies: every refusal leaves the visitor's {@code livechatData} and its room exactly
 * as they were, and a batch with one bad field writes none of it. Covers checklist (§7) items 4, 14,
 * 15 and 46.
 */
class BadInputVisitorDataTest {
    private static World w;

    @BeforeAll
    static void up() {
        w = World.start();
        w.anon.customField(w.alice.token(), "plan", "gold", true);
    }

    @AfterAll
    static void down() { w.close(); }

    private static JsonNode data() { return w.visitorDoc(w.alice).path("livechatData"); }

    private static String field(String token, String key, String value, String overwrite) {
        return "{\"token\":" + token + ",\"key\":" + key + ",\"value\":" + value + ",\"overwrite\":" + overwrite + "}";
    }

    @Test
    void custom_field_rejects_missing_and_mistyped_members_and_writes_nothing() {
        JsonNode before = data();
        String t = "\"" + w.alice.token() + "\"";
        assertMissing(w.anon("POST", "livechat/custom.field", "{\"key\":\"plan\",\"value\":\"x\"}"), "token");
        assertMissing(w.anon("POST", "livechat/custom.field", "{\"token\":" + t + ",\"value\":\"x\"}"), "key");
        assertMissing(w.anon("POST", "livechat/custom.field", "{\"token\":" + t + ",\"key\":\"plan\"}"), "value");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/custom.field", field(bad, "\"plan\"", "\"x\"", "true")));
            assertInvalidParams(w.anon("POST", "livechat/custom.field", field(t, bad, "\"x\"", "true")));
            assertInvalidParams(w.anon("POST", "livechat/custom.field", field(t, "\"plan\"", bad, "true")));
        }
        assertInvalidParams(w.anon("POST", "livechat/custom.field", field(t, "\"plan\"", "\"x\"", "\"maybe\"")));
        assertInvalidParams(w.anon("POST", "livechat/custom.field", field(t, "\"plan\"", "\"x\"", "{\"$ne\":false}")));
        assertThat(data()).isEqualTo(before);
    }

    @Test
    void custom_field_answers_plain_errors_for_unknown_tokens_bad_keys_and_oversized_values() {
        JsonNode before = data();
        String t = "\"" + w.alice.token() + "\"";
        assertPlain(w.anon("POST", "livechat/custom.field", field("\"nope\"", "\"plan\"", "\"x\"", "true")), "invalid-token");
        assertPlain(w.anon("POST", "livechat/custom.field", field("\"\"", "\"plan\"", "\"x\"", "true")), "invalid-token");
        assertPlain(w.anon("POST", "livechat/custom.field", field(t, "\"$where\"", "\"x\"", "true")), "invalid-custom-field");
        assertPlain(w.anon("POST", "livechat/custom.field", field(t, "\"a.b c\"", "\"x\"", "true")), "invalid-custom-field");
        assertPlain(w.anon("POST", "livechat/custom.field", field(t, "\"plan\"", "\"" + "v".repeat(2_001) + "\"", "true")),
                "error-invalid-custom-field-value");
        assertThat(data()).isEqualTo(before);
    }

    @Test
    void custom_fields_rejects_a_missing_empty_or_mistyped_list() {
        String t = "\"" + w.alice.token() + "\"";
        JsonNode before = data();
        assertMissing(w.anon("POST", "livechat/custom.fields", "{\"customFields\":[]}"), "token");
        assertMissing(w.anon("POST", "livechat/custom.fields", "{\"token\":" + t + "}"), "customFields");
        assertMissing(w.anon("POST", "livechat/custom.fields", "{\"token\":" + t + ",\"customFields\":[]}"), "customFields");
        for (String list : List.of("\"plan=x\"", "{\"key\":\"plan\",\"value\":\"x\"}", "[\"plan\"]",
                "[{\"key\":{\"$ne\":1},\"value\":\"x\"}]", "[{\"key\":\"plan\",\"value\":{\"$ne\":1}}]",
                "[{\"key\":\"plan\"}]", "[{\"key\":\"plan\",\"value\":\"x\",\"overwrite\":[]}]")) {
            assertInvalidParams(w.anon("POST", "livechat/custom.fields", "{\"token\":" + t + ",\"customFields\":" + list + "}"));
        }
        assertPlain(w.anon("POST", "livechat/custom.fields",
                "{\"token\":\"nope\",\"customFields\":[{\"key\":\"plan\",\"value\":\"x\",\"overwrite\":true}]}"), "invalid-token");
        assertThat(data()).isEqualTo(before);
    }

    @Test
    void a_batch_with_one_bad_field_writes_none_of_its_fields() {
        String t = "\"" + w.alice.token() + "\"";
        JsonNode before = data();
        assertPlain(w.anon("POST", "livechat/custom.fields", "{\"token\":" + t + ",\"customFields\":["
                + "{\"key\":\"plan\",\"value\":\"free\",\"overwrite\":true},{\"key\":\"bad key\",\"value\":\"x\",\"overwrite\":true}]}"),
                "invalid-custom-field");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            many.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"value\":\"v\",\"overwrite\":true}");
        }
        assertCoded(w.anon("POST", "livechat/custom.fields", "{\"token\":" + t + ",\"customFields\":[" + many + "]}"),
                "error-too-many-custom-fields", "At most 50 custom fields");
        assertThat(data()).isEqualTo(before);
        assertThat(data().path("plan").asText()).isEqualTo("gold");
    }

    @Test
    void page_visited_rejects_missing_and_mistyped_page_info() {
        String t = "\"" + w.alice.token() + "\"";
        int messages = w.messageCount(w.alice);
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"pageInfo\":{}}"), "token");
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + "}"), "pageInfo");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + bad + ",\"pageInfo\":{}}"));
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"rid\":" + bad + ",\"pageInfo\":{}}"));
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"title\":" + bad + "}}"));
            assertInvalidParams(w.anon("POST", "livechat/page.visited",
                    "{\"token\":" + t + ",\"pageInfo\":{\"change\":\"url\",\"location\":{\"href\":" + bad + "}}}"));
        }
        assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":\"/home\"}"));
        assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"location\":\"/x\"}}"));
        w.assertRoomUntouched(w.alice, messages);
    }

    @Test
    void page_visited_for_a_room_with_an_unknown_token_is_the_plain_invalid_token_error() {
        // Without a room an unknown token is fine: widget 1.13.3 reports visits before registering.
        assertPlain(w.anon("POST", "livechat/page.visited", "{\"token\":\"nope\",\"rid\":\"some-room\",\"pageInfo\":" + PAGE + "}"),
                "invalid-token");
        assertPlain(w.anon("POST", "livechat/page.visited", "{\"token\":\"\",\"pageInfo\":" + PAGE + "}"),
                "invalid-token");
    }

    /** A complete, valid {@code pageInfo} (upstream requires change, title and location.href). */
    private static final String PAGE = "{\"change\":\"url\",\"title\":\"Home\",\"location\":{\"href\":\"https://x.example/\"}}";

    @Test
    void page_visited_requires_every_member_of_page_info_as_upstream_does() {
        String t = "\"" + w.alice.token() + "\"";
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"title\":\"a\","
                + "\"location\":{\"href\":\"/\"}}}"), "pageInfo.change");
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"change\":\"url\","
                + "\"location\":{\"href\":\"/\"}}}"), "pageInfo.title");
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"change\":\"url\","
                + "\"title\":\"a\"}}"), "pageInfo.location");
        assertMissing(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"change\":\"url\","
                + "\"title\":\"a\",\"location\":{}}}"), "pageInfo.location.href");
        assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"pageInfo\":{\"change\":\"url\","
                + "\"title\":\"a\",\"location\":\"https://x.example/\"}}"));
    }

    @Test
    void page_visited_refuses_foreign_and_unknown_rooms_and_overlong_fields_and_stores_nothing() {
        int messages = w.messageCount(w.alice);
        int bobs = w.messageCount(w.bob);
        w.admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);
        try {
            String t = "\"" + w.alice.token() + "\"";
            RawResponse foreign = w.anon("POST", "livechat/page.visited",
                    "{\"token\":" + t + ",\"rid\":\"" + w.bob.rid() + "\",\"pageInfo\":" + PAGE + "}");
            RawResponse missing = w.anon("POST", "livechat/page.visited",
                    "{\"token\":" + t + ",\"rid\":\"nope\",\"pageInfo\":" + PAGE + "}");
            assertPlain(foreign, "invalid-room");
            assertThat(foreign.body()).isEqualTo(missing.body());
            String longTitle = World.random(8_193);
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"rid\":\"" + w.alice.rid()
                    + "\",\"pageInfo\":{\"change\":\"url\",\"title\":\"" + longTitle + "\",\"location\":{\"href\":\"/\"}}}"));
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"rid\":\"" + w.alice.rid()
                    + "\",\"pageInfo\":{\"change\":\"url\",\"title\":\"a\",\"location\":{\"href\":\"" + longTitle + "\"}}}"));
            assertInvalidParams(w.anon("POST", "livechat/page.visited", "{\"token\":" + t + ",\"rid\":\"" + w.alice.rid()
                    + "\",\"pageInfo\":{\"change\":\"url\",\"title\":\"a\\u0000b\",\"location\":{\"href\":\"/\"}}}"));
        } finally {
            w.admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", false);
        }
        w.assertRoomUntouched(w.alice, messages);
        w.assertRoomUntouched(w.bob, bobs);
    }
}
