package dev.switchboard.server.ui.console;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the console's agent tests share: a fresh server with routing on Manual_Selection (chats wait in
 * the queue), an online agent {@code dora} signed in to the console in headless Chromium and accepting
 * chats. Browser logs go to {@code target/browser-logs} after each test.
 */
abstract class ConsoleAgentFixture {
    protected TestServer server;
    protected RocketChatLivechat admin;
    protected RocketChatLivechat dora;
    protected WidgetBrowser browser;
    protected ConsoleAgent console;

    @BeforeEach
    void consoleUp() {
        BrowserPrerequisites.requireBrowser();
        server = TestServer.start();
        admin = server.admin();
        dora = server.onlineAgent(admin, "dora");
        E2e.manualSelection(admin);
        browser = WidgetBrowser.start();
        console = new ConsoleAgent(browser, server.url()).signIn("dora", TestServer.PASSWORD);
        console.setAccepting(true);
    }

    @AfterEach
    void consoleDown() {
        if (browser != null) {
            browser.saveLogs("console-" + getClass().getSimpleName());
            browser.close();
        }
        if (server != null) server.close();
    }

    /** A visitor who said something and whose chat dora took in the console. */
    protected ConsoleVisitor chatTakenByDora(String name, String firstWords) {
        ConsoleVisitor v = ConsoleVisitor.arrive(server, name);
        v.say(firstWords);
        console.take(name);
        console.waitForMessage(firstWords);
        return v;
    }
}
