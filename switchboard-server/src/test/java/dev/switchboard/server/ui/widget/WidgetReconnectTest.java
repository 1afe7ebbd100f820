package dev.switchboard.server.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The widget loses nothing when its socket drops: it shows that it is reconnecting, reconnects with
 * backoff, and merges {@code livechat/messages.history} by {@code _id}, so the agent's messages sent
 * meanwhile appear once each, in order, and live delivery carries on. A reload resumes the same
 * conversation from the token in localStorage (rocketchat-livechat.md §3.5, §5.1; checklist 42, 68).
 */
class WidgetReconnectTest {
    @Test
    void messages_sent_while_the_socket_was_down_appear_exactly_once_after_the_reconnect_and_after_a_reload() {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = TestServer.start();
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of());
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat dave = server.onlineAgent(admin, "dave");
            VisitorWidget widget = new VisitorWidget(browser).open(host.url());
            WidgetSockets sockets = WidgetSockets.install(widget);
            widget.openLauncher();
            widget.fillPreChat("Rui", "rui@example.com", null);
            widget.send("Is anyone there?");
            widget.waitForAgentName("Agent dave");
            String rid = admin.rooms(Map.of()).path("rooms").path(0).path("_id").asText();
            dave.chatSendMessage(rid, "Hi Rui, I am here.");
            widget.waitForText("Hi Rui, I am here.");

            sockets.cut();
            widget.waitForText("Reconnecting");
            widget.screenshot("reconnecting");
            dave.chatSendMessage(rid, "Missed one");
            dave.chatSendMessage(rid, "Missed two");
            widget.send("Sent while offline");
            sockets.restore();

            widget.waitForText("Missed two");
            widget.until("the reconnect", () -> widget.textOf("status").isEmpty());
            dave.chatSendMessage(rid, "Live again");
            widget.waitForText("Live again");
            assertThat(widget.messageTexts()).containsExactly("Is anyone there?", "Hi Rui, I am here.", "Missed one",
                    "Missed two", "Sent while offline", "Live again");
            assertThat(sockets.opened()).as("a new socket after the cut").isGreaterThanOrEqualTo(2);

            browser.driver().navigate().refresh();
            widget.until("the panel to reopen after the reload", () -> widget.visible("panel"));
            widget.waitForText("Live again");
            widget.waitForAgentName("Agent dave");
            assertThat(widget.messageTexts()).containsExactly("Is anyone there?", "Hi Rui, I am here.", "Missed one",
                    "Missed two", "Sent while offline", "Live again");
            dave.chatSendMessage(rid, "Welcome back");
            widget.waitForText("Welcome back");
            assertThat(widget.messageTexts()).containsOnlyOnce("Welcome back");
        }
    }
}
