package dev.switchboard.server.ui.console;

import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's shell as a person uses it: sign in, move between sections, sign out. The agent's desk
 * and the manager's views have page objects of their own built on this one. Not thread-safe: one test
 * thread drives one browser.
 */
public class ConsolePage {
    protected static final Duration WAIT = Duration.ofSeconds(20);
    protected final WidgetBrowser browser;
    protected final String serverUrl;

    public ConsolePage(WidgetBrowser browser, String serverUrl) {
        this.browser = browser;
        this.serverUrl = serverUrl;
    }

    /** Opens {@code /console} and signs in; returns once the console's navigation shows. */
    public ConsolePage signIn(String user, String password) {
        browser.open(serverUrl + "/console");
        browser.type("#sb-user", user);
        browser.type("#sb-password", password);
        browser.click("[data-testid=\"sign-in\"]");
        waitFor("nav a");
        return this;
    }

    /** The sign-in form's complaint after a failed attempt. */
    public String signInProblem() {
        new WebDriverWait(browser.driver(), WAIT).until(d -> !d.findElement(By.cssSelector(".problem")).getText().isBlank());
        return browser.driver().findElement(By.cssSelector(".problem")).getText();
    }

    /** The labels of the navigation's sections, in order. */
    public List<String> sections() {
        return browser.driver().findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
    }

    /** Follows the navigation link with this label. */
    public void go(String sectionLabel) {
        browser.driver().findElement(By.linkText(sectionLabel)).click();
    }

    public void signOut() {
        browser.click("[data-testid=\"sign-out\"]");
        waitFor("#sb-user");
    }

    public WebElement waitFor(String css) {
        return new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public String text() { return browser.text(); }

    public Path screenshot(String name) { return browser.screenshot(name); }
}
