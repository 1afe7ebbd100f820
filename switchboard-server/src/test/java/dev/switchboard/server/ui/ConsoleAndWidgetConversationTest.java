package dev.switchboard.server.ui;

import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import dev.switchboard.server.ui.console.ConsoleAgent;
import dev.switchboard.server.ui.widget.VisitorWidget;
import dev.switchboard.server.ui.widget.WidgetHostPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8's whole conversation with nothing but Switchboard's own UIs, in three browser contexts: a
 * visitor in the widget on a customer's page (Rocket.Chat REST + DDP), and two agents in the console
 * (LiveChat v3.6 Web + RTM). Pre-chat form, the queue with its position and waiting time, take,
 * messages and typing both ways, a file each way, a transfer to the second agent, close with a
 * comment, the survey and the transcript by mail. Runs on SQLite and PostgreSQL like every server test.
 */
class ConsoleAndWidgetConversationTest {
    private static final String VISITOR = "Ann Visitor";
    private static final String QUESTION = "Hello! My order 1042 has not arrived.";
    private static final String ANSWER = "Sorry to hear that, let me look it up.";
    private static final String AFTER_TRANSFER = "Billing here: your refund is on its way.";

    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    @Test
    void a_visitor_in_the_widget_and_agents_in_the_console_hold_a_whole_conversation() throws Exception {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = MailTesting.serverMailingTo(mail);
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of());
             WidgetBrowser visitorBrowser = WidgetBrowser.start();
             WidgetBrowser carolBrowser = WidgetBrowser.start();
             WidgetBrowser erinBrowser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "carol");
            server.onlineAgent(admin, "erin");
            admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
            admin.settingsUpdate("Livechat_title", "Acme support");
            ConsoleAgent carol = new ConsoleAgent(carolBrowser, server.url()).signIn("carol", TestServer.PASSWORD);
            ConsoleAgent erin = new ConsoleAgent(erinBrowser, server.url()).signIn("erin", TestServer.PASSWORD);

            VisitorWidget widget = new VisitorWidget(visitorBrowser).open(host.url());
            widget.openLauncher();
            widget.fillPreChat(VISITOR, "ann@example.com", null);
            widget.send(QUESTION);
            assertThat(widget.waitForQueuePosition()).contains("1");

            assertThat(carol.waitForQueued(VISITOR)).contains(VISITOR);
            carol.take(VISITOR);
            widget.waitForAgentName("Agent carol");
            carol.waitForMessage(QUESTION);

            carol.reply(ANSWER);
            widget.waitForText(ANSWER);

            carol.typeWithoutSending("Checking the");
            assertThat(widget.waitForTyping()).contains("carol");
            widget.typeWithoutSending("It was a blue");
            carol.waitForVisitorTyping();
            widget.send(" parcel.");
            carol.waitForMessage("It was a blue parcel.");

            Path dir = Files.createTempDirectory("conversation");
            widget.attach(Files.writeString(dir.resolve("receipt-1042.txt"), "Receipt 1042\n"));
            carol.waitForMessage("receipt-1042.txt");
            carol.sendFile(Files.writeString(dir.resolve("return-label.txt"), "Return label\n"));
            widget.waitForText("return-label.txt");
            widget.screenshot("conversation-with-console");
            carol.screenshot("console-conversation-with-widget");

            carol.transferToAgent("Agent erin");
            erin.openChat(VISITOR);
            widget.waitForAgentName("Agent erin");
            erin.waitForMessage(QUESTION);
            erin.reply(AFTER_TRANSFER);
            widget.waitForText(AFTER_TRANSFER);
            assertThat(widget.text()).containsSubsequence(QUESTION, ANSWER, "parcel.", "receipt-1042.txt",
                    "return-label.txt", AFTER_TRANSFER);
            erin.screenshot("console-after-transfer");

            erin.close("Refund issued");
            widget.waitForClosed();
            widget.answerSurvey(4);
            String rid = admin.rooms(Map.of("count", 0)).path("rooms").path(0).path("_id").asText();
            assertThat(E2e.roomById(admin, rid).get("surveyFeedback"))
                    .isEqualTo(E2e.json("[{'name':'satisfaction','value':'4'}]"));
            widget.requestTranscript("ann@example.com");
            assertThat(text(onlyMail(mail))).contains(QUESTION, ANSWER, AFTER_TRANSFER);
        }
    }
}
