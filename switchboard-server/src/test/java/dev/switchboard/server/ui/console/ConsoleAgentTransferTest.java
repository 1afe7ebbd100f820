package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Transfers from the console, with a second agent, eric, in a second browser: to an agent
 * ({@code transfer_chat}, the chat arrives in eric's console live) and to a department (Rocket.Chat's
 * {@code room.forward}, as v3.6 cannot name groups; the chat waits in eric's queue).
 */
class ConsoleAgentTransferTest extends ConsoleAgentFixture {
    private WidgetBrowser ericBrowser;

    @AfterEach
    void ericDown() {
        if (ericBrowser != null) {
            ericBrowser.saveLogs("console-transfer-eric");
            ericBrowser.close();
        }
    }

    private ConsoleAgent ericSignsIn() {
        ericBrowser = WidgetBrowser.start();
        ConsoleAgent eric = new ConsoleAgent(ericBrowser, server.url()).signIn("eric", TestServer.PASSWORD);
        eric.setAccepting(true);
        return eric;
    }

    @Test
    void a_chat_transferred_to_another_agent_arrives_in_that_agents_console_and_leaves_mine() {
        server.onlineAgent(admin, "eric");
        ConsoleAgent eric = ericSignsIn();
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "I want to talk to Eric");

        console.transferToAgent("Agent eric");

        eric.waitForMyChat("Vera Visitor");
        eric.openChat("Vera Visitor");
        eric.waitForMessage("I want to talk to Eric");
        await().atMost(Duration.ofSeconds(10)).until(() -> !console.hasMyChat("Vera Visitor"));
        eric.reply("Eric here, hello!");
        vera.awaitMessage("Eric here, hello!");
        assertThat(vera.room().at("/servedBy/username").asText()).isEqualTo("eric");
    }

    @Test
    void a_chat_transferred_to_a_department_waits_in_that_departments_queue() {
        RocketChatLivechat ericClient = server.onlineAgent(admin, "eric");
        admin.createDepartment(Map.of("name", "Billing", "enabled", true, "showOnRegistration", true),
                List.of(Map.of("agentId", ericClient.userId())));
        ConsoleAgent eric = ericSignsIn();
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "A billing question");

        console.transferToDepartment("Billing");

        eric.waitForQueued("Vera Visitor");
        eric.take("Vera Visitor");
        eric.waitForMessage("A billing question");
        await().atMost(Duration.ofSeconds(10)).until(() -> !console.hasMyChat("Vera Visitor"));
        assertThat(vera.room().at("/servedBy/username").asText()).isEqualTo("eric");
    }
}
