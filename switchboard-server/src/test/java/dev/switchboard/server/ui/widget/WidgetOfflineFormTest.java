package dev.switchboard.server.ui.widget;

import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.replyTo;
import static dev.switchboard.server.MailTesting.text;
import static dev.switchboard.server.MailTesting.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With no agent online, livechat/config says {@code online:false} and the widget shows the offline
 * form with the configured title and text instead of the chat; what the visitor leaves is mailed to
 * the offline address (rocketchat-livechat.md §3.6 {@code offline.message}; checklist 44, 46).
 */
class WidgetOfflineFormTest {
    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    @Test
    void with_nobody_online_the_visitor_leaves_a_message_that_is_mailed_to_the_offline_address() throws Exception {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = MailTesting.serverMailingTo(mail);
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of());
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            admin.settingsUpdate("Livechat_offline_email", "support@example.com");
            admin.settingsUpdate("Livechat_offline_message", "We are away. Leave us a note!");
            VisitorWidget widget = new VisitorWidget(browser).open(host.url());

            widget.openLauncher();
            widget.waitForText("We are away. Leave us a note!");
            assertThat(widget.textOf("title")).isEqualTo(admin.settingsGet("Livechat_offline_title").path("value").asText());
            assertThat(widget.visible("composer-input")).as("no chat composer while offline").isFalse();
            widget.element("name").sendKeys("Olga Offline");
            widget.element("email").sendKeys("olga@example.com");
            widget.element("message").sendKeys("Do you ship to Iceland?");
            widget.screenshot("offline-form");
            widget.element("offline-submit").click();
            widget.element("offline-done");
            widget.screenshot("offline-sent");

            var m = onlyMail(mail);
            assertThat(to(m)).containsExactly("support@example.com");
            assertThat(replyTo(m)).containsExactly("Olga Offline <olga@example.com>");
            assertThat(text(m)).contains("Olga Offline", "Do you ship to Iceland?");
        }
    }
}
