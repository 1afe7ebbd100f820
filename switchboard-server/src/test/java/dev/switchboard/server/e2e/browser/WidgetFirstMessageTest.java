package dev.switchboard.server.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official Rocket.Chat widget (npm 1.13.3) in headless Chromium, embedded with the official
 * snippet in a page on another origin, against a real Switchboard. Covers checklist (§7) items 75
 * (the page works only with {@code SERVER_URL} injected), 76 (the loader with its {@code ?_=}
 * parameter, the bundles and chunks), 77 in part (the page at exactly {@code /livechat} loads its
 * relative scripts) and 79 in part: open, register, send, and the queue state on the server.
 * {@link WidgetConversationTest} continues the conversation (agent, typing, reply, close).
 */
class WidgetFirstMessageTest {
    private static final String MESSAGE = "Hello from the widget, is anyone there?";

    @Test
    void a_visitor_on_a_customer_site_opens_the_widget_registers_and_sends_a_message_that_waits_in_the_queue() {
        Path widgetDir = BrowserPrerequisites.require();
        try (TestServer server = TestServer.start(c -> c.withLivechatWidgetDir(widgetDir));
             HostPage host = new HostPage("http://localhost:" + server.port() + "/livechat");
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");

            browser.open(host.url());
            browser.enterWidget();
            browser.clickLauncher();
            browser.type("input[name=\"name\"]", "Ann Visitor");
            browser.type("input[name=\"email\"]", "ann@example.com");
            browser.click("button[type=\"submit\"]");
            browser.sendMessage(MESSAGE);

            browser.waitForText(MESSAGE);
            // The echo of the message comes over the socket at once; the "Chat started" system message
            // shows when the widget reloads the room's history.
            String shown = browser.waitForText("Chat started");
            browser.screenshot("widget-first-message");
            browser.saveLogs("widget-first-message");
            assertThat(shown).contains("Chat started");
            JsonNode room = await().atMost(Duration.ofSeconds(10)).until(() -> onlyRoom(admin), r -> r != null);
            assertThat(room.path("fname").asText()).isEqualTo("Ann Visitor");
            assertThat(room.path("open").asBoolean()).isTrue();
            assertThat(room.has("servedBy")).as("Manual_Selection leaves the room unassigned: %s", room).isFalse();
            String rid = room.path("_id").asText();
            JsonNode inquiries = admin.inquiriesList(Map.of()).path("inquiries");
            assertThat(inquiries).hasSize(1);
            assertThat(inquiries.get(0).path("rid").asText()).isEqualTo(rid);
            assertThat(inquiries.get(0).path("status").asText()).isEqualTo("queued");
            String token = room.at("/v/token").asText();
            JsonNode history = server.client().messagesHistory(rid, token, Map.of()).path("messages");
            assertThat(texts(history)).contains(MESSAGE);
            assertThat(admin.getVisitor(token).at("/visitor/visitorEmails/0/address").asText()).isEqualTo("ann@example.com");
        }
    }

    private static JsonNode onlyRoom(RocketChatLivechat admin) {
        JsonNode rooms = admin.rooms(Map.of()).path("rooms");
        return rooms.size() == 1 && rooms.get(0).path("msgs").asInt() > 0 ? rooms.get(0) : null;
    }

    private static List<String> texts(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.path("msg").asText()));
        return out;
    }
}
