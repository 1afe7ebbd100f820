package dev.switchboard.server.ui.console;

import static dev.switchboard.server.e2e.E2e.items;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each manager view's effect, checked through the Rocket.Chat API a client would use: an agent added
 * is an agent, a department is created with its agents and business hours, capacity is the setting,
 * the widget title reaches {@code livechat/config}, the embed snippet names the department.
 * Signed in as a livechat manager (not an administrator). Covers spec §2.7, §2.8, §4.3, §4.7.
 */
class ManagerViewsTest {
    private static TestServer server;
    private static RocketChatLivechat admin;

    @BeforeAll
    static void up() {
        BrowserPrerequisites.requireBrowser();
        server = TestServer.start();
        admin = server.admin();
        server.user(admin, "maria", List.of("livechat-manager"));
    }

    @AfterAll
    static void down() {
        if (server != null) server.close();
    }

    private static ConsoleManager signIn(WidgetBrowser browser) {
        return new ConsoleManager(browser, server.url()).signIn("maria", TestServer.PASSWORD);
    }

    @Test
    void a_manager_sees_the_manager_sections_after_the_chats() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            assertThat(signIn(browser).sections()).containsExactly("Chats", "Dashboard", "Agents", "Departments", "Routing", "Widget");
        }
    }

    @Test
    void an_agent_added_in_the_console_is_an_agent_and_a_removed_one_is_not() {
        server.user(admin, "ann", List.of());
        server.user(admin, "ben", List.of());
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = signIn(browser).addAgent("ann").addAgent("ben");

            assertThat(console.agentUsernames()).contains("ann", "ben");
            JsonNode agents = admin.getUsers("agent", Map.of());
            assertThat(texts(agents.get("users"), "username")).contains("ann", "ben");
            JsonNode ann = items(agents.get("users")).stream().filter(u -> u.get("username").asText().equals("ann")).findFirst().orElseThrow();
            assertThat(ann.get("statusLivechat").asText()).isEqualTo("available");

            browser.click("[data-testid=\"remove-agent\"][data-username=\"ben\"]");
            console.waitFor("[data-testid=\"notice\"]");
            browser.waitForText("ben is no longer an agent");
            assertThat(texts(admin.getUsers("agent", Map.of()).get("users"), "username")).contains("ann").doesNotContain("ben");
            console.screenshot("manager-agents");
        }
    }

    @Test
    void an_unknown_username_is_refused_with_the_servers_message() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = signIn(browser).openAgents();
            browser.type("[data-testid=\"agent-username\"]", "nobody-such");
            browser.click("[data-testid=\"add-agent\"]");

            browser.waitForText("error-invalid-user");
            assertThat(console.waitFor("[data-testid=\"notice\"].problem").getText()).contains("error-invalid-user");
        }
    }

    @Test
    void a_department_created_in_the_console_has_its_agents_and_business_hours() {
        RocketChatLivechat carl = server.onlineAgent(admin, "carl");
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            signIn(browser).createDepartment("Billing", "carl")
                    .setBusinessHours("America/Guatemala", "08:00", "17:30", "monday", "tuesday", "friday")
                    .screenshot("manager-departments");
        }
        JsonNode listed = items(admin.departments(Map.of()).get("departments")).stream()
                .filter(d -> d.get("name").asText().equals("Billing")).findFirst().orElseThrow();
        String id = listed.get("_id").asText();
        assertThat(texts(admin.getDepartment(id).get("agents"), "agentId")).containsExactly(carl.userId());

        JsonNode hours = admin.departmentBusinessHours(id).get("businessHours");
        assertThat(hours.get("timeZone").asText()).isEqualTo("America/Guatemala");
        assertThat(texts(hours.get("workingDays"), "day")).containsExactly("monday", "tuesday", "friday");
        assertThat(texts(hours.get("workingDays"), "start")).containsOnly("08:00");
        assertThat(texts(hours.get("workingDays"), "end")).containsOnly("17:30");
    }

    /** Settings are privileged (view-/edit-privileged-setting, §2.7): an administrator changes them. */
    @Test
    void capacity_set_in_the_console_by_an_administrator_is_the_per_agent_limit_setting() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD).setCapacity(3)
                    .screenshot("manager-routing");
        }
        assertThat(admin.settingsGet("Livechat_maximum_chats_per_agent").get("value").asLong()).isEqualTo(3);
    }

    @Test
    void a_manager_without_setting_permissions_sees_why_the_routing_form_is_off() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = signIn(browser).openRouting();

            assertThat(console.notice()).contains("needs an administrator");
            assertThat(console.waitFor("[data-testid=\"routing-method\"]").isEnabled()).isFalse();
        }
    }

    @Test
    void the_widget_title_changed_in_the_console_is_in_livechat_config_and_the_snippet_names_the_department() {
        String sales = admin.createDepartment(Map.of("name", "Sales"), List.of()).at("/department/_id").asText();
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = signIn(browser).setAppearanceTitle("Talk to Acme");

            assertThat(console.previewTitle()).isEqualTo("Talk to Acme");
            assertThat(console.embedSnippet()).isEqualTo("<script async src=\"" + server.url() + "/widget.js\"></script>");
            assertThat(console.embedSnippet("Sales"))
                    .isEqualTo("<script async src=\"" + server.url() + "/widget.js\" data-department=\"" + sales + "\"></script>");
            console.screenshot("manager-appearance");
        }
        assertThat(server.client().config(null).at("/config/theme/title").asText()).isEqualTo("Talk to Acme");
    }
}
