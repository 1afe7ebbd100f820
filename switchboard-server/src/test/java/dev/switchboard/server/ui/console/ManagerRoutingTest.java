package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's "a manager changes the routing method and sees it take effect": in the console, Manual_Selection
 * keeps a visitor's room queued; switching to Auto_Selection assigns the waiting room and the next one to
 * the online agent; switching back queues the next room again. Checked through the API (the room's
 * {@code servedBy}, the inquiry's status; spec §2.10 item 6, §4.4) and on the dashboard (queue, in progress).
 */
class ManagerRoutingTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;

    @BeforeEach
    void up() {
        BrowserPrerequisites.requireBrowser();
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
    }

    @AfterEach
    void down() {
        if (server != null) server.close();
    }

    /** A visitor (Java SDK) opens a room; returns {@code GET livechat/room}'s room. */
    private JsonNode openRoom(String name) {
        return visitor.room(E2e.visitor(visitor, name), Map.of()).get("room");
    }

    @Test
    void a_manager_switches_routing_in_the_console_and_the_next_rooms_follow_it() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD);

            console.setRoutingMethod("Manual_Selection");
            assertThat(admin.settingsGet("Livechat_Routing_Method").get("value").asText()).isEqualTo("Manual_Selection");
            JsonNode waiting = openRoom("Waits");
            assertThat(waiting.has("servedBy")).isFalse();
            assertThat(admin.inquiriesGetOne(waiting.get("_id").asText()).at("/inquiry/status").asText()).isEqualTo("queued");
            console.waitForDashboard("dash-queue", "1").waitForDashboard("dash-in-progress", "0");

            console.setRoutingMethod("Auto_Selection");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    E2e.roomById(admin, waiting.get("_id").asText()).at("/servedBy/username").asText()).isEqualTo("alice"));
            JsonNode routed = openRoom("Routed");
            assertThat(routed.at("/servedBy/_id").asText()).isEqualTo(alice.userId());
            assertThat(admin.inquiriesGetOne(routed.get("_id").asText()).at("/inquiry/status").asText()).isEqualTo("taken");
            console.waitForDashboard("dash-in-progress", "2").waitForDashboard("dash-queue", "0");
            assertThat(console.dashboardText("dash-in-progress")).isEqualTo("2");
            console.screenshot("manager-routing-auto-dashboard");

            console.setRoutingMethod("Manual_Selection");
            JsonNode queuedAgain = openRoom("Queued again");
            assertThat(queuedAgain.has("servedBy")).isFalse();
            assertThat(admin.inquiriesGetOne(queuedAgain.get("_id").asText()).at("/inquiry/status").asText()).isEqualTo("queued");
            console.waitForDashboard("dash-queue", "1").waitForDashboard("dash-in-progress", "2");
        }
    }
}
