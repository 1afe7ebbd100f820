package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.StreamEvent;
import dev.switchboard.client.ddp.VisitorRealtime;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Unread counts (events after {@code events_seen_up_to}, {@code mark_events_as_seen} on opening), typing
 * both ways ({@code incoming_typing_indicator} in, {@code send_typing_indicator} out to the visitor's DDP
 * stream) and files both ways ({@code upload_file} + {@code send_event} file), in a real browser.
 */
class ConsoleAgentSignalsTest extends ConsoleAgentFixture {
    @Test
    void unread_counts_grow_for_chats_not_open_and_opening_one_marks_it_seen_on_the_server() {
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "First question");
        ConsoleVisitor walt = chatTakenByDora("Walt Visitor", "Another question");

        vera.say("Are you there?");
        vera.say("Hello?");
        await().atMost(Duration.ofSeconds(15)).until(() -> console.unreadCount("Vera Visitor") == 2);
        assertThat(console.unreadCount("Walt Visitor")).isZero();
        walt.say("Thanks");
        console.waitForMessage("Thanks");
        assertThat(console.unreadCount("Walt Visitor")).isZero();

        console.openChat("Vera Visitor");
        console.waitForMessage("Hello?");
        await().atMost(Duration.ofSeconds(10)).until(() -> console.unreadCount("Vera Visitor") == 0);

        console.reload();
        console.waitForMyChat("Vera Visitor");
        await().atMost(Duration.ofSeconds(10)).until(() -> console.waitForMyChat("Walt Visitor") != null);
        assertThat(console.unreadCount("Vera Visitor")).as("read marks are kept by the server").isZero();
        assertThat(console.unreadCount("Walt Visitor")).isZero();
    }

    @Test
    void the_visitors_typing_shows_and_the_agents_typing_reaches_the_visitors_stream() throws Exception {
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "Hi");
        try (DdpClient ddp = DdpClient.connect(URI.create(server.url()))) {
            VisitorRealtime widget = new VisitorRealtime(ddp, vera.token);
            widget.loginByToken().get(5, TimeUnit.SECONDS);
            List<StreamEvent> heard = new CopyOnWriteArrayList<>();
            ddp.addListener(heard::add);
            widget.watchRoom(vera.rid).get(5, TimeUnit.SECONDS);

            String username = vera.client.getVisitor(vera.token).at("/visitor/username").asText();
            widget.typing(vera.rid, username, true).get(5, TimeUnit.SECONDS);
            assertThat(console.waitForVisitorTyping()).isEqualTo("Vera Visitor is typing…");

            console.typeWithoutSending("Let me look");
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(e ->
                    e.eventName().equals(vera.rid + "/typing") && e.arg(1).asBoolean()));
            StreamEvent typing = heard.stream().filter(e -> e.eventName().equals(vera.rid + "/typing")).findFirst().orElseThrow();
            assertThat(typing.arg(0).asText()).isIn("dora", "Agent dora");
        }
    }

    @Test
    void a_visitors_image_shows_inline_and_the_agents_file_reaches_the_visitor() throws Exception {
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "Here is my receipt");
        vera.client.uploadFile(vera.rid, vera.token, "receipt.png", "image/png", png(), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> Boolean.TRUE.equals(browser.driver().executeScript(
                "const i = document.querySelector('[data-testid=\"image\"]'); return !!i && i.complete && i.naturalWidth === 40")));

        Path invoice = Files.createTempDirectory("console-file").resolve("invoice.txt");
        Files.writeString(invoice, "Invoice 42: 3 items");
        console.sendFile(invoice);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                vera.client.messagesHistory(vera.rid, vera.token, Map.of()).toString().contains("invoice.txt"));
        console.screenshot("console-files");
    }

    private static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1d5fd1));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
