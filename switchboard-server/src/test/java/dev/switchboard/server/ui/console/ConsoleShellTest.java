package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in to the console with Rocket.Chat's own login, a failed attempt, and signing out, in a real browser. */
class ConsoleShellTest {
    private static TestServer server;
    private static RocketChatLivechat admin;

    @BeforeAll
    static void up() {
        BrowserPrerequisites.requireBrowser();
        server = TestServer.start();
        admin = server.admin();
    }

    @AfterAll
    static void down() {
        if (server != null) server.close();
    }

    @Test
    void an_agent_signs_in_sees_only_the_chats_and_signs_out() {
        server.onlineAgent(admin, "dora");
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsolePage console = new ConsolePage(browser, server.url()).signIn("dora", TestServer.PASSWORD);

            assertThat(console.sections()).containsExactly("Chats");
            assertThat(console.waitFor("[data-testid=\"me\"]").getText()).isEqualTo("Agent dora");

            console.signOut();
            browser.open(server.url() + "/console");
            assertThat(console.waitFor("#sb-user").isDisplayed()).isTrue();
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_and_no_session() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            browser.open(server.url() + "/console");
            browser.type("#sb-user", TestServer.ADMIN);
            browser.type("#sb-password", "not-the-password");
            browser.click("[data-testid=\"sign-in\"]");

            ConsolePage console = new ConsolePage(browser, server.url());
            assertThat(console.signInProblem()).isNotBlank();
            assertThat(browser.present("nav")).isFalse();
        }
    }

    @Test
    void an_administrator_is_signed_in_with_the_chats_section_first() {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            List<String> sections = new ConsolePage(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD).sections();

            assertThat(sections).first().isEqualTo("Chats");
        }
    }
}
