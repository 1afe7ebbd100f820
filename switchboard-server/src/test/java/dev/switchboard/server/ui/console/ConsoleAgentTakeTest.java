package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The agent's desk in a real browser against a real server: the queue with its waiting time, taking a
 * chat (LiveChat {@code transfer_chat} to oneself, Rocket.Chat's {@code inquiries.take} underneath),
 * and a conversation held live both ways. Routing is Manual_Selection, so chats wait in the queue.
 */
class ConsoleAgentTakeTest extends ConsoleAgentFixture {
    @Test
    void a_queued_chat_shows_its_waiting_time_and_once_taken_the_conversation_runs_live_both_ways() {
        ConsoleVisitor vera = ConsoleVisitor.arrive(server, "Vera Visitor");
        vera.say("Hello, my order did not arrive");

        String row = console.waitForQueued("Vera Visitor");
        assertThat(row).containsPattern("\\d+:\\d\\d").contains("#1");
        await("the waiting time ticks").atMost(Duration.ofSeconds(5)).until(() -> !console.waitForQueued("Vera Visitor").equals(row));
        assertThat(console.notificationsShown()).as("a new chat is signalled (sound, notification)").isPositive();
        console.screenshot("console-queue");
        console.take("Vera Visitor");

        assertThat(console.waitForMessage("Hello, my order did not arrive")).isNotBlank();
        assertThat(vera.room().at("/servedBy/username").asText()).isEqualTo("dora");
        assertThat(console.isQueued("Vera Visitor")).isFalse();

        console.reply("Hi Vera, let me check that for you");
        vera.awaitMessage("Hi Vera, let me check that for you");

        vera.say("Thank you!");
        console.waitForMessage("Thank you!");
        console.screenshot("console-conversation");
    }

    @Test
    void markup_in_a_visitors_name_and_message_shows_as_text_and_never_runs() {
        ConsoleVisitor mallory = ConsoleVisitor.arrive(server, "<b>Mallory</b>");
        mallory.say("<img src=x onerror=\"window.pwned=1\">");

        console.take("<b>Mallory</b>");

        console.waitForMessage("<img src=x onerror=\"window.pwned=1\">");
        assertThat(browser.driver().executeScript("return window.pwned === undefined && !document.querySelector('.events img')"))
                .isEqualTo(true);
    }
}
