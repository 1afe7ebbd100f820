package dev.switchboard.server.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.ddp.AgentRealtime;
import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The widget proof: the official Rocket.Chat widget (npm 1.13.3) in headless Chromium,
 * embedded with the official snippet on a page of another origin. The visitor opens it and writes;
 * an agent, through our SDK, takes the chat, types (over DDP) and replies (REST
 * {@code chat.sendMessage}); the visitor sees the agent's name, the typing and the reply; the agent
 * closes the chat and the widget shows it finished. Covers checklist (§7) items 69, 71, 73, 75, 76
 * and 79. Screenshots of the visitor's view are saved under {@code target/screenshots/}.
 */
class WidgetConversationTest {
    private static final String QUESTION = "Hi! Where is my parcel?";
    private static final String ANSWER = "It left our warehouse this morning.";

    @Test
    void a_visitor_chats_with_an_agent_through_the_official_widget_until_the_agent_closes_the_chat() throws Exception {
        Path widgetDir = BrowserPrerequisites.require();
        try (TestServer server = TestServer.start(c -> c.withLivechatWidgetDir(widgetDir));
             HostPage host = new HostPage("http://localhost:" + server.port() + "/livechat");
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat agent = server.onlineAgent(admin, "carol");
            admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");

            browser.open(host.url());
            browser.enterWidget();
            browser.clickLauncher();
            browser.type("input[name=\"name\"]", "Ann Visitor");
            browser.type("input[name=\"email\"]", "ann@example.com");
            browser.click("button[type=\"submit\"]");
            browser.sendMessage(QUESTION);
            browser.waitForText(QUESTION);

            JsonNode inquiry = await().atMost(Duration.ofSeconds(10))
                    .until(() -> agent.inquiriesQueued().path("inquiries").path(0), i -> i.has("rid"));
            String rid = inquiry.path("rid").asText();
            agent.inquiriesTake(inquiry.path("_id").asText());
            browser.waitForText("Agent carol");
            browser.screenshot("widget-agent-assigned");

            try (DdpClient ddp = DdpClient.connect(URI.create(server.url()))) {
                AgentRealtime realtime = new AgentRealtime(ddp);
                realtime.login(agent.authToken()).get(5, TimeUnit.SECONDS);
                realtime.typing(rid, "carol", true).get(5, TimeUnit.SECONDS);
                String typing = browser.waitForTyping();
                browser.screenshot("widget-agent-typing");
                assertThat(typing).as("the widget's typing indicator").isNotEmpty();
                realtime.typing(rid, "carol", false).get(5, TimeUnit.SECONDS);
            }

            agent.chatSendMessage(rid, ANSWER);
            String withReply = browser.waitForText(ANSWER);
            browser.screenshot("widget-agent-reply");
            assertThat(withReply).contains(QUESTION, ANSWER, "Agent carol");

            agent.closeRoomByUser(rid, "Glad I could help");
            browser.waitForClosedChat();
            browser.screenshot("widget-chat-finished");
            browser.saveLogs("widget-conversation");
            assertThat(admin.rooms(Map.of()).path("rooms").path(0).has("closedAt")).isTrue();
        }
    }
}
