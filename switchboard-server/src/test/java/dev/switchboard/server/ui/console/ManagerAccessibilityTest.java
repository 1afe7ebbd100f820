package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 8 item 4 for the manager's views: every form control has a label, the routing form works from
 * the keyboard alone, and at a phone's width no view scrolls sideways.
 */
class ManagerAccessibilityTest {
    private static final List<String> VIEWS = List.of("Dashboard", "Agents", "Departments", "Routing", "Widget");
    private static final Map<String, String> TAGS = Map.of("Dashboard", "sb-manager-dashboard", "Agents", "sb-manager-agents",
            "Departments", "sb-manager-departments", "Routing", "sb-manager-routing", "Widget", "sb-manager-appearance");
    private static TestServer server;
    private static RocketChatLivechat admin;

    @BeforeAll
    static void up() {
        BrowserPrerequisites.requireBrowser();
        server = TestServer.start();
        admin = server.admin();
        server.onlineAgent(admin, "alice");
        admin.createDepartment(Map.of("name", "Support"), List.of());
    }

    @AfterAll
    static void down() {
        if (server != null) server.close();
    }

    private static Object js(WidgetBrowser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Opens a view and, in the departments view, its editor, so that its every control is on the page. */
    private static void show(ConsoleManager console, WidgetBrowser browser, String view) {
        console.go(view);
        console.waitFor(TAGS.get(view) + "[data-ready]");
        if (view.equals("Departments")) {
            browser.click("[data-testid=\"department-item\"]");
            console.waitFor("[data-testid=\"department-form\"]");
        }
    }

    @Test
    void every_control_of_every_manager_view_has_an_accessible_name() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD);
            for (String view : VIEWS) {
                show(console, browser, view);
                Object unnamed = js(browser, """
                        return [...document.querySelectorAll('#view input, #view select, #view textarea, #view button')]
                          .filter(e => e.type !== 'hidden')
                          .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
                          .map(e => e.outerHTML.slice(0, 120));""");
                assertThat((List<?>) unnamed).as("controls without a name in " + view).isEmpty();
            }
        }
    }

    @Test
    void the_routing_method_is_changed_with_the_keyboard_alone() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD);
            WebElement link = browser.driver().findElement(org.openqa.selenium.By.linkText("Routing"));
            js(browser, "arguments[0].focus()", link);
            link.sendKeys(Keys.ENTER);
            console.waitFor("sb-manager-routing[data-ready]");

            tabTo(browser, "routing-method");
            browser.driver().switchTo().activeElement().sendKeys("Manual");
            tabTo(browser, "save-routing");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForText("Routing saved");

            assertThat(admin.settingsGet("Livechat_Routing_Method").get("value").asText()).isEqualTo("Manual_Selection");
            admin.settingsUpdate("Livechat_Routing_Method", "Auto_Selection");
        }
    }

    /** Presses Tab until the element with this test id has the focus (at most 40 times). */
    private static void tabTo(WidgetBrowser browser, String testId) {
        for (int i = 0; i < 40; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (testId.equals(active.getAttribute("data-testid"))) return;
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + testId);
    }

    @Test
    void at_a_phones_width_no_manager_view_scrolls_sideways() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            ConsoleManager console = new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD);
            for (String view : VIEWS) {
                show(console, browser, view);
                long overflow = ((Number) js(browser,
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                assertThat(overflow).as("sideways overflow of " + view + " in pixels").isLessThanOrEqualTo(0);
                console.screenshot("manager-phone-" + view.toLowerCase());
            }
        }
    }
}
