package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The desk under conditions people meet: availability (set_routing_status) deciding whether routing
 * gives the agent chats, a dropped RTM socket (reconnect, resume or re-list: what was said meanwhile
 * shows exactly once), the keyboard alone, and a phone's width.
 */
class ConsoleAgentResilienceTest extends ConsoleAgentFixture {
    @Test
    void not_accepting_chats_keeps_routing_away_and_accepting_again_brings_the_waiting_chat() {
        admin.settingsUpdate("Livechat_Routing_Method", "Auto_Selection");
        admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
        console.setAccepting(false);
        assertThat(console.availability()).isEqualTo("not_accepting_chats");

        ConsoleVisitor vera = ConsoleVisitor.arrive(server, "Vera Visitor");
        vera.say("Anyone there?");
        console.waitForQueued("Vera Visitor");
        assertThat(vera.room().path("servedBy").isMissingNode() || vera.room().path("servedBy").isNull())
                .as("no agent is given the chat while dora does not accept chats").isTrue();

        console.setAccepting(true);

        console.waitForMyChat("Vera Visitor");
        assertThat(vera.room().at("/servedBy/username").asText()).isEqualTo("dora");
        assertThat(console.isQueued("Vera Visitor")).isFalse();
    }

    @Test
    void an_agent_whose_presence_is_offline_sees_so_and_accepting_chats_makes_it_online_and_available() {
        dora.setStatus("offline", null);
        console.reload();
        assertThat(console.availability()).isEqualTo("offline");

        console.setAccepting(true);

        var me = admin.usersInfo(dora.userId()).get("user");
        assertThat(me.get("status").asText()).isEqualTo("online");
        assertThat(me.get("statusLivechat").asText()).isEqualTo("available");
    }

    @Test
    void after_the_rtm_socket_drops_the_desk_reconnects_and_shows_what_was_said_meanwhile_exactly_once() {
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "Before the drop");

        console.dropRealtimeConnection();
        vera.say("While you were away 1");
        vera.say("While you were away 2");
        await().atMost(Duration.ofSeconds(15)).until(() -> console.rtmLogins() >= 2);
        console.waitForConnected();
        vera.say("After the reconnect");

        console.waitForMessage("After the reconnect");
        for (String text : List.of("Before the drop", "While you were away 1", "While you were away 2", "After the reconnect")) {
            assertThat(console.countMessages(text)).as(text).isEqualTo(1);
        }
        console.reply("Still here");
        vera.awaitMessage("Still here");
        assertThat(console.countMessages("Still here")).isEqualTo(1);
    }

    @Test
    void an_agent_takes_a_chat_and_replies_with_the_keyboard_alone_and_esc_closes_a_dialog() {
        ConsoleVisitor vera = ConsoleVisitor.arrive(server, "Vera Visitor");
        vera.say("Keyboard question");
        console.waitForQueued("Vera Visitor");

        tabUntil("take");
        active().sendKeys(Keys.ENTER);
        console.waitForMessage("Keyboard question");
        assertThat(active().getAttribute("data-testid")).as("focus moves to the reply box").isEqualTo("reply");
        active().sendKeys("Typed without a mouse", Keys.ENTER);
        vera.awaitMessage("Typed without a mouse");

        tabUntil("transfer");
        active().sendKeys(Keys.ENTER);
        console.waitFor("[data-testid=\"transfer-dialog\"]");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        await().atMost(Duration.ofSeconds(5)).until(() -> !browser.driver()
                .findElement(org.openqa.selenium.By.cssSelector("[data-testid=\"transfer-dialog\"]")).isDisplayed());
        assertThat(active().getAttribute("data-testid")).as("focus returns to the Transfer button").isEqualTo("transfer");
    }

    @Test
    void at_a_phones_width_the_lists_and_the_conversation_take_turns_and_nothing_overflows() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        ConsoleVisitor vera = ConsoleVisitor.arrive(server, "Vera Visitor");
        vera.say("Writing from my phone? No, you are!");

        console.take("Vera Visitor");
        console.waitForMessage("Writing from my phone? No, you are!");
        assertThat(visible("sb-queue-list")).isFalse();
        assertThat(visible("[data-testid=\"reply\"]")).isTrue();
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());
        console.reply("Replying on a small screen");
        vera.awaitMessage("Replying on a small screen");
        console.screenshot("console-phone-conversation");

        browser.click("[data-testid=\"back\"]");
        assertThat(visible("sb-queue-list")).isTrue();
        assertThat(visible("[data-testid=\"reply\"]")).isFalse();
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());
        console.screenshot("console-phone-lists");
    }

    private void tabUntil(String testId) {
        for (int i = 0; i < 40; i++) {
            if (testId.equals(active().getAttribute("data-testid"))) return;
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + testId);
    }

    private WebElement active() { return browser.driver().switchTo().activeElement(); }

    private boolean visible(String css) {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    private long pageWidth() { return (Long) browser.driver().executeScript("return document.documentElement.scrollWidth"); }

    private long viewportWidth() { return (Long) browser.driver().executeScript("return document.documentElement.clientWidth"); }
}
