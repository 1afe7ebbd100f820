package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visitor's navigation, {@code livechat/page.visited} (the SDK's {@code pageVisited}): stored as
 * {@code livechat_navigation_history} system messages in the visitor's room, hidden unless
 * {@code Livechat_Visitor_navigation_as_a_message} is on, and only for the change kind that
 * {@code Livechat_history_monitor_type} names. Each test has a visitor "Ann" with an open room.
 * Covers checklist (§7) items 16, 42 and 46.
 */
class PageVisitedTest {
    private static final String HREF = "https://shop.example/pricing?plan=pro";
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_visitor_with_an_open_room() {
        server = TestServer.start();
        admin = server.admin();
        server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann"));
        rid = visitor.room(token, Map.of()).at("/room/_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, Object> page(String change, String title, String href) {
        return Map.of("change", change, "title", title, "location", Map.of("href", href));
    }

    private JsonNode history() { return visitor.messagesHistory(rid, token, Map.of()).get("messages"); }

    @Test
    void a_url_change_in_the_visitors_room_answers_the_stored_message_text_and_navigation_checklist_46() {
        JsonNode answer = visitor.pageVisited(token, rid, page("url", "Pricing", HREF));

        assertThat(answer).isEqualTo(json("{'page':{'msg':'Pricing - " + HREF + "','navigation':{'page':{'change':'url',"
                + "'title':'Pricing','location':{'href':'" + HREF + "'}},'token':'" + token + "'}},'success':true}"));
    }

    @Test
    void by_default_the_navigation_message_is_hidden_from_history_checklist_42_46() {
        int before = history().size();

        visitor.pageVisited(token, rid, page("url", "Pricing", HREF));

        assertThat(history().size()).isEqualTo(before);
        assertThat(texts(history(), "t")).doesNotContain("livechat_navigation_history");
    }

    @Test
    void with_navigation_as_a_message_on_the_step_is_the_newest_history_entry_unless_hide_system_messages_lists_it() {
        admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);

        visitor.pageVisited(token, rid, page("url", "Pricing", HREF));

        JsonNode newest = history().get(0);
        assertThat(newest.get("t").asText()).isEqualTo("livechat_navigation_history");
        assertThat(newest.get("msg").asText()).isEqualTo("Pricing - " + HREF);
        assertThat(newest.get("rid").asText()).isEqualTo(rid);
        assertThat(newest.get("navigation")).isEqualTo(json("{'page':{'change':'url','title':'Pricing','location':{'href':'"
                + HREF + "'}},'token':'" + token + "'}"));
        assertThat(newest.at("/u/username").asText()).isEqualTo("rocket.cat");
        assertThat(newest.get("ts").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(newest.has("_hidden")).isFalse();

        admin.settingsUpdate("Hide_System_Messages", List.of("livechat_navigation_history"));
        assertThat(texts(history(), "t")).doesNotContain("livechat_navigation_history");
    }

    @Test
    void a_navigation_step_is_not_a_message_of_the_room() {
        admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);
        long msgs = E2e.roomById(admin, rid).get("msgs").asLong();

        visitor.pageVisited(token, rid, page("url", "Pricing", HREF));

        assertThat(E2e.roomById(admin, rid).get("msgs").asLong()).isEqualTo(msgs);
    }

    @Test
    void only_the_change_kind_of_the_monitor_type_setting_is_stored_checklist_46() {
        admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);

        assertThat(visitor.pageVisited(token, rid, page("title", "New title", HREF))).isEqualTo(json("{'success':true}"));
        assertThat(texts(history(), "msg")).doesNotContain("New title - " + HREF);

        admin.settingsUpdate("Livechat_history_monitor_type", "title");
        assertThat(visitor.config(token).at("/config/settings/historyMonitorType").asText()).isEqualTo("title");
        assertThat(visitor.pageVisited(token, rid, page("url", "Ignored now", HREF))).isEqualTo(json("{'success':true}"));
        assertThat(visitor.pageVisited(token, rid, page("title", "New title", HREF)).at("/page/msg").asText())
                .isEqualTo("New title - " + HREF);
        assertThat(texts(history(), "msg")).contains("New title - " + HREF).doesNotContain("Ignored now - " + HREF);
    }

    @Test
    void without_a_room_or_with_a_closed_one_nothing_is_stored_and_the_answer_is_bare_success() {
        admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);

        assertThat(visitor.pageVisited(token, null, page("url", "Home", "https://shop.example/"))).isEqualTo(json("{'success':true}"));
        visitor.closeRoom(rid, token);
        int closedHistory = history().size();
        assertThat(visitor.pageVisited(token, rid, page("url", "Home", "https://shop.example/"))).isEqualTo(json("{'success':true}"));

        assertThat(history().size()).isEqualTo(closedHistory);
        assertThat(texts(history(), "t")).doesNotContain("livechat_navigation_history");
    }

    @Test
    void another_visitors_room_is_invalid_room_and_an_unknown_token_is_invalid_token() {
        admin.settingsUpdate("Livechat_Visitor_navigation_as_a_message", true);
        String other = E2e.visitor(visitor, "Bea");

        assertPlainError(failure(() -> visitor.pageVisited(other, rid, page("url", "Spoof", HREF))), "invalid-room");
        assertPlainError(failure(() -> visitor.pageVisited(TestServer.newToken(), rid, page("url", "Spoof", HREF))), "invalid-token");
        assertThat(texts(history(), "msg")).doesNotContain("Spoof - " + HREF);
    }

    @Test
    void a_visit_without_a_room_succeeds_even_before_the_visitor_registers_as_widget_1_13_3_sends_it() {
        assertThat(visitor.pageVisited(TestServer.newToken(), null, page("url", "Acme shop", HREF)))
                .isEqualTo(json("{'success':true}"));
        assertThat(visitor.pageVisited(TestServer.newToken(), null, page("title", "Acme shop", HREF)))
                .isEqualTo(json("{'success':true}"));
    }
}
