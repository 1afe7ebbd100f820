package dev.switchboard.server.ui.widget;

import static dev.switchboard.server.MailTesting.onlyMail;
import static dev.switchboard.server.MailTesting.text;
import static dev.switchboard.server.MailTesting.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.client.ddp.AgentRealtime;
import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.StreamEvent;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole conversation in Switchboard's own widget, on a page of another origin, against an agent
 * using our Java SDK: pre-chat form, first message, queue position, the agent takes the chat (its name
 * shows), replies, types (the widget shows it), the visitor's typing reaches the agent, the visitor
 * sends a file, the agent closes, the visitor rates the chat and asks for the transcript, which is
 * mailed. Title and colour come from livechat/config. Rocket.Chat API only (rocketchat-livechat.md §3, §5.5; checklist 33, 40, 43, 44, 64, 65,
 * 68, 69, 71, 73, 74, 38, 46). Runs on SQLite and PostgreSQL like every server test.
 */
class WidgetVisitorConversationTest {
    private static final String QUESTION = "Hello! Where is my parcel?";
    private static final String ANSWER = "It left our warehouse this morning.";

    @RegisterExtension
    final GreenMailExtension mail = MailTesting.smtpServer();

    @Test
    void a_visitor_chats_with_an_agent_from_the_pre_chat_form_to_the_survey_and_transcript() throws Exception {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = MailTesting.serverMailingTo(mail);
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of());
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat carol = server.onlineAgent(admin, "carol");
            admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
            admin.settingsUpdate("Livechat_title", "Acme support");
            admin.settingsUpdate("Livechat_title_color", "#0f766e");
            VisitorWidget widget = new VisitorWidget(browser).open(host.url());

            widget.openLauncher();
            assertThat(widget.textOf("title")).as("appearance from livechat/config").isEqualTo("Acme support");
            assertThat(widget.on("panel", "return getComputedStyle(e.querySelector('header')).backgroundColor;"))
                    .isEqualTo("rgb(15, 118, 110)");
            widget.screenshot("prechat");
            widget.fillPreChat("Ann Visitor", "ann@example.com", null);
            widget.send(QUESTION);
            widget.waitForText(QUESTION);
            assertThat(widget.waitForQueuePosition()).contains("number 1 in the queue");
            widget.screenshot("queued");

            JsonNode inquiry = await().atMost(Duration.ofSeconds(10))
                    .until(() -> carol.inquiriesQueued().path("inquiries").path(0), i -> i.has("rid"));
            String rid = inquiry.path("rid").asText();
            try (DdpClient ddp = DdpClient.connect(URI.create(server.url()))) {
                List<StreamEvent> agentSees = new CopyOnWriteArrayList<>();
                ddp.addListener(agentSees::add);
                AgentRealtime realtime = new AgentRealtime(ddp);
                realtime.login(carol.authToken()).get(5, TimeUnit.SECONDS);

                carol.inquiriesTake(inquiry.path("_id").asText());
                realtime.watchRoom(rid).get(5, TimeUnit.SECONDS);
                widget.waitForAgentName("Agent carol");
                assertThat(widget.textOf("status")).as("no queue line once served").isEmpty();

                carol.chatSendMessage(rid, ANSWER);
                widget.waitForText(ANSWER);

                realtime.typing(rid, "carol", true).get(5, TimeUnit.SECONDS);
                assertThat(widget.waitForTyping()).isEqualTo("Agent carol is typing…");
                widget.screenshot("agent-typing");
                realtime.typing(rid, "carol", false).get(5, TimeUnit.SECONDS);
                widget.until("the typing line to clear", () -> widget.textOf("typing").isEmpty());

                widget.typeWithoutSending("Thanks, and one more");
                await().atMost(Duration.ofSeconds(10)).until(() -> agentSees.stream().anyMatch(e ->
                        e.eventName().equals(rid + "/user-activity") && e.arg(1).toString().contains("user-typing")));
                widget.send(" thing: the invoice.");
                widget.waitForText("Thanks, and one more thing: the invoice.");

                Path invoice = Files.writeString(Files.createTempDirectory("widget").resolve("invoice-42.txt"), "Invoice 42\n");
                widget.attach(invoice);
                widget.waitForText("invoice-42.txt");
                await().atMost(Duration.ofSeconds(10)).until(() -> agentSees.stream().anyMatch(e ->
                        e.collection().equals("stream-room-messages") && e.arg(0).path("file").path("name").asText().equals("invoice-42.txt")));
                widget.screenshot("conversation");
                assertThat(widget.text()).containsSubsequence(QUESTION, ANSWER, "the invoice.", "invoice-42.txt");
            }

            carol.closeRoomByUser(rid, "Glad I could help");
            widget.waitForClosed();
            widget.screenshot("finished");
            widget.answerSurvey(5);
            assertThat(E2e.roomById(admin, rid).get("surveyFeedback"))
                    .isEqualTo(E2e.json("[{'name':'satisfaction','value':'5'}]"));

            widget.requestTranscript("ann.copy@example.com");
            var transcript = onlyMail(mail);
            assertThat(to(transcript)).containsExactly("ann.copy@example.com");
            assertThat(text(transcript)).contains(QUESTION, ANSWER);
            widget.screenshot("survey-and-transcript");
            browser.saveLogs("widget-visitor-conversation");
        }
    }
}
