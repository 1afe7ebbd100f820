package dev.switchboard.server.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.junit.jupiter.api.Test;

/**
 * The widget works from the keyboard alone and tells assistive technology what it is: Tab reaches the
 * launcher after the host page's own links, Enter opens a {@code role="dialog"} labelled by its title
 * with focus in the first field, Tab walks the form, Enter sends, Esc closes the panel and puts focus
 * back on the launcher; messages are a polite live log and every control has a name. At phone width
 * the panel fills the screen.
 */
class WidgetKeyboardTest {
    @Test
    void a_keyboard_user_opens_the_widget_fills_the_form_chats_and_closes_it_with_esc() {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = TestServer.start();
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of("color", "#0f766e"));
             WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "erin");
            VisitorWidget widget = new VisitorWidget(browser).open(host.url());
            widget.element("launcher");
            Actions keys = new Actions(browser.driver());

            keys.sendKeys(Keys.TAB).perform();
            assertThat(focused(widget)).as("first Tab: the host page's link").isEqualTo("host-link");
            keys.sendKeys(Keys.TAB).perform();
            assertThat(focused(widget)).as("second Tab: the launcher").isEqualTo("launcher");
            assertThat(widget.on("launcher", "return e.getAttribute('aria-expanded');")).isEqualTo("false");

            keys.sendKeys(Keys.ENTER).perform();
            widget.until("focus in the name field", () -> "name".equals(focused(widget)));
            assertThat(widget.on("panel", "return [e.getAttribute('role'), e.getAttribute('aria-labelledby'),"
                    + " e.getRootNode().getElementById(e.getAttribute('aria-labelledby')).textContent];"))
                    .isEqualTo(List.of("dialog", "sb-title", "Rocket.Chat"));
            assertThat(widget.on("launcher", "return e.getAttribute('aria-expanded');")).isEqualTo("true");
            assertThat(widget.on("panel", "return [...e.querySelectorAll('button, input, textarea, select')]"
                    + ".filter(c => c.type !== 'file' && !(c.getAttribute('aria-label') || c.textContent.trim() || c.labels?.length))"
                    + ".map(c => c.outerHTML);")).as("controls without an accessible name").isEqualTo(List.of());

            keys.sendKeys("Kim Keys").sendKeys(Keys.TAB).perform();
            assertThat(focused(widget)).isEqualTo("email");
            keys.sendKeys("kim@example.com").sendKeys(Keys.TAB).perform();
            assertThat(focused(widget)).isEqualTo("prechat-submit");
            keys.sendKeys(Keys.ENTER).perform();
            widget.until("focus in the composer", () -> "composer-input".equals(focused(widget)));

            keys.sendKeys("Typed, not clicked").sendKeys(Keys.ENTER).perform();
            widget.waitForText("Typed, not clicked");
            widget.waitForAgentName("Agent erin");
            assertThat(widget.on("messages", "return [e.getAttribute('role'), e.getAttribute('aria-live')];"))
                    .isEqualTo(List.of("log", "polite"));
            widget.screenshot("keyboard");

            keys.sendKeys(Keys.ESCAPE).perform();
            widget.until("the panel to close", () -> !widget.visible("panel"));
            assertThat(focused(widget)).as("focus back on the launcher").isEqualTo("launcher");
            keys.sendKeys(Keys.ENTER).perform();
            widget.until("focus back in the composer", () -> "composer-input".equals(focused(widget)));
            assertThat(widget.text()).contains("Typed, not clicked");
        }
    }

    @Test
    void at_phone_width_the_open_panel_fills_the_screen_and_the_composer_stays_in_view() {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = TestServer.start();
             HostPage host = WidgetHostPages.withWidget(server.port(), Map.of());
             WidgetBrowser browser = WidgetBrowser.start()) {
            server.onlineAgent(server.admin(), "fay");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            VisitorWidget widget = new VisitorWidget(browser).open(host.url());
            widget.openLauncher();
            widget.fillPreChat("Pia Phone", "pia@example.com", null);
            widget.send("Hello from my phone");
            widget.waitForAgentName("Agent fay");

            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) widget.on("panel", "const r = e.getBoundingClientRect();"
                    + " return [r.left, r.top, r.width - innerWidth, r.height - innerHeight, innerWidth];");
            assertThat(box.get(4).intValue()).as("viewport width").isLessThan(480);
            assertThat(box.subList(0, 4)).as("left, top, width and height against the viewport")
                    .allSatisfy(n -> assertThat(n.doubleValue()).isCloseTo(0, org.assertj.core.data.Offset.offset(0.5)));
            assertThat(widget.on("composer-input", "const r = e.getBoundingClientRect(); return r.bottom <= innerHeight && r.top > 0;"))
                    .isEqualTo(true);
            assertThat(widget.visible("launcher")).as("the launcher hides behind the open panel").isFalse();
            widget.screenshot("phone");
        }
    }

    /** The data-testid (or id) of the focused element, looking through the widget's shadow roots. */
    private static String focused(VisitorWidget widget) {
        Object id = widget.js("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                return a ? (a.getAttribute('data-testid') || a.id || a.tagName) : null;""");
        return String.valueOf(id);
    }
}
