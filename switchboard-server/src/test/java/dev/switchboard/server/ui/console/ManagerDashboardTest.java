package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live dashboard's numbers against a known set of rooms made over the last hours on the server's
 * clock: per hour one room answered after a known delay (every other one closed, the others open beside
 * a second, unanswered room); then, now, one room taken by hand after 20 s and answered 10 s later, and
 * one left in the queue. The expected queue, chats in progress, average wait, average first response
 * and chats per hour follow from those delays alone.
 */
class ManagerDashboardTest {
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static final Map<String, RocketChatLivechat> agents = new HashMap<>();
    private static final List<Double> firstResponses = new ArrayList<>();
    private static int rooms;
    private static int assigned;
    private static int inProgress;

    @BeforeAll
    static void rooms_over_the_last_hours() {
        BrowserPrerequisites.requireBrowser();
        Instant now = Instant.now();
        Instant midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        int hours = (int) Math.min(5, Duration.between(midnight, now).toHours());
        TestClock clock = new TestClock(now.minus(Duration.ofHours(hours)));
        server = TestServer.start(UnaryOperator.identity(), clock);
        admin = server.admin();
        agents.put("alice", server.onlineAgent(admin, "alice"));
        agents.put("bob", server.onlineAgent(admin, "bob"));
        RocketChatLivechat visitor = server.client();

        for (int i = 0; i < hours; i++) {
            String token = E2e.visitor(visitor, "Visitor " + i);
            JsonNode room = visitor.room(token, Map.of()).get("room");
            RocketChatLivechat agent = agents.get(room.at("/servedBy/username").asText());
            rooms++;
            assigned++;
            long delay = 40 + 10L * i;
            clock.advance(Duration.ofSeconds(delay));
            agent.chatSendMessage(room.get("_id").asText(), "Hello " + i);
            firstResponses.add((double) delay);
            clock.advance(Duration.ofMinutes(5));
            if (i % 2 == 0) {
                agent.closeRoomByUser(room.get("_id").asText(), "done");
            } else {
                visitor.room(E2e.visitor(visitor, "Second " + i), Map.of());
                rooms++;
                assigned++;
                inProgress += 2;
            }
            clock.advance(Duration.ofMinutes(55));
        }

        clock.set(Instant.now());
        admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        String token = E2e.visitor(visitor, "Taken by hand");
        String rid = visitor.room(token, Map.of()).at("/room/_id").asText();
        clock.advance(Duration.ofSeconds(20));
        String inquiry = admin.inquiriesGetOne(rid).at("/inquiry/_id").asText();
        agents.get("alice").inquiriesTake(inquiry);
        clock.advance(Duration.ofSeconds(10));
        agents.get("alice").chatSendMessage(rid, "Sorry for the wait");
        firstResponses.add(30.0);
        rooms++;
        assigned++;
        inProgress++;
        visitor.room(E2e.visitor(visitor, "Still waiting"), Map.of());
        rooms++;
    }

    @AfterAll
    static void down() {
        if (server != null) server.close();
    }

    @Test
    void the_dashboard_shows_queue_chats_in_progress_average_times_and_chats_per_hour_of_the_known_rooms() throws Exception {
        try (WidgetBrowser browser = WidgetBrowser.start()) {
            ConsoleManager console = new ConsoleManager(browser, server.url()).signIn(TestServer.ADMIN, TestServer.PASSWORD);
            Map<String, String> shown = console.dashboard();

            assertThat(shown.get("dash-queue")).isEqualTo("1");
            assertThat(shown.get("dash-in-progress")).isEqualTo(Integer.toString(inProgress));
            double expectedFirstResponse = firstResponses.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(Double.parseDouble(shown.get("dash-first-response"))).isCloseTo(expectedFirstResponse, within(0.01));
            assertThat(Double.parseDouble(shown.get("dash-avg-wait"))).isCloseTo(20.0 / assigned, within(0.01));
            assertThat(shown.get("dash-per-hour")).isEqualTo(Integer.toString(rooms));
            assertThat(console.dashboardText("dash-queue")).isEqualTo("1");

            Thread.sleep(7_000); // a few refreshes, so the sparklines have samples to draw
            console.screenshot("manager-dashboard");
        }
    }
}
