package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard endpoints ({@code livechat/analytics/dashboards/…}) against a known set of rooms:
 * r1 served by alice, answered after a pause and closed; r2 served by alice, open, unanswered; r3 in
 * department Sales, queued under Manual_Selection. Shapes follow Rocket.Chat's (totalizers as
 * {@code {title,value}} lists, charts as objects of numbers) in its {@code success:true} envelope;
 * bad periods are 400 {@code invalid-params} (rocketchat-livechat.md §1.4, §1.9 rule 3).
 */
class DashboardAnalyticsTest {
    private static final long REPLY_PAUSE_MS = 1_100; // over a second, so the HH:MM:SS average cannot round to zero
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static RocketChatLivechat alice;
    private static String sales;
    private static Instant before;
    private static Instant after;
    private static List<JsonNode> rooms;

    @BeforeAll
    static void three_rooms() throws InterruptedException {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        RocketChatLivechat bob = server.user(admin, "bob", List.of());
        admin.createUser("agent", "bob");
        sales = admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", bob.userId())))
                .at("/department/_id").asText();
        before = Instant.now().minusSeconds(1);
        RocketChatLivechat visitor = server.client();

        String t1 = E2e.visitor(visitor, "One");
        String r1 = visitor.room(t1, Map.of()).at("/room/_id").asText();
        visitor.message(t1, r1, "hello");
        Thread.sleep(REPLY_PAUSE_MS);
        alice.chatSendMessage(r1, "hi, how can I help?");
        alice.closeRoomByUser(r1, "done");

        String t2 = E2e.visitor(visitor, "Two");
        visitor.room(t2, Map.of());

        admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
        String t3 = TestServer.newToken();
        visitor.registerVisitor(t3, Map.of("name", "Three", "department", sales));
        visitor.room(t3, Map.of());
        after = Instant.now().plusSeconds(1);
        rooms = items(admin.rooms(Map.of("count", 0)).get("rooms"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Map<String, Object> period(Instant start, Instant end) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("start", start.toString());
        p.put("end", end.toString());
        return p;
    }

    private static Map<String, Object> all() { return period(before, after); }

    private static Map<String, JsonNode> totalizers(JsonNode reply) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode t : items(reply.get("totalizers"))) out.put(t.get("title").asText(), t.get("value"));
        return out;
    }

    @Test
    void conversation_totalizers_count_the_rooms_their_messages_and_visitors() {
        JsonNode reply = admin.dashboard("conversation-totalizers", all());

        assertThat(reply.get("success").asBoolean()).isTrue();
        Map<String, JsonNode> t = totalizers(reply);
        assertThat(t.keySet()).containsExactly("Total_conversations", "Open_conversations", "On_Hold_conversations",
                "Total_messages", "Total_visitors");
        assertThat(t.get("Total_conversations").asLong()).isEqualTo(3);
        assertThat(t.get("Open_conversations").asLong()).isEqualTo(2);
        assertThat(t.get("On_Hold_conversations").asLong()).isZero();
        assertThat(t.get("Total_visitors").asLong()).isEqualTo(3);
        long msgs = rooms.stream().mapToLong(r -> r.path("msgs").asLong()).sum();
        assertThat(t.get("Total_messages").asLong()).isEqualTo(msgs).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_chats_chart_splits_rooms_into_served_queued_on_hold_and_closed() {
        JsonNode chats = admin.dashboard("charts/chats", all());

        assertThat(chats.get("open").asLong()).isEqualTo(1);
        assertThat(chats.get("queued").asLong()).isEqualTo(1);
        assertThat(chats.get("onhold").asLong()).isZero();
        assertThat(chats.get("closed").asLong()).isEqualTo(1);
        assertThat(chats.get("success").asBoolean()).isTrue();
    }

    @Test
    void a_department_filter_counts_only_that_departments_rooms() {
        Map<String, Object> p = all();
        p.put("departmentId", sales);

        JsonNode chats = admin.dashboard("charts/chats", p);

        assertThat(chats.get("queued").asLong()).isEqualTo(1);
        assertThat(chats.get("open").asLong() + chats.get("closed").asLong()).isZero();
    }

    @Test
    void timings_measure_the_first_response_after_the_agents_pause_and_the_closed_rooms_duration() {
        JsonNode t = admin.dashboard("charts/timings", all());

        double response = t.at("/response/avg").asDouble();
        assertThat(response).isGreaterThanOrEqualTo(REPLY_PAUSE_MS / 1000.0).isLessThan(30);
        assertThat(t.at("/response/longest").asDouble()).as("one answered room").isEqualTo(response);
        assertThat(t.at("/reaction/avg").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(response);
        assertThat(t.at("/chatDuration/longest").asDouble()).isGreaterThanOrEqualTo(response);
        assertThat(t.at("/waiting/avg").asDouble()).isGreaterThanOrEqualTo(0).isLessThan(30);
    }

    @Test
    void productivity_totalizers_give_average_times_as_hours_minutes_and_seconds() {
        Map<String, JsonNode> t = totalizers(admin.dashboard("productivity-totalizers", all()));

        assertThat(t.keySet()).containsExactly("Avg_first_response_time", "Avg_reaction_time", "Avg_of_waiting_time");
        t.values().forEach(v -> assertThat(v.asText()).matches("\\d{2,}:\\d{2}:\\d{2}"));
        assertThat(t.get("Avg_first_response_time").asText()).isNotEqualTo("00:00:00").startsWith("00:00:");
    }

    @Test
    void a_period_before_any_room_has_zeros_everywhere() {
        Map<String, Object> empty = period(Instant.parse("2001-01-01T00:00:00Z"), Instant.parse("2001-01-02T00:00:00Z"));

        JsonNode chats = admin.dashboard("charts/chats", empty);
        JsonNode timings = admin.dashboard("charts/timings", empty);

        assertThat(chats.get("open").asLong() + chats.get("queued").asLong() + chats.get("closed").asLong()).isZero();
        assertThat(timings.at("/response/avg").asDouble()).isZero();
        assertThat(totalizers(admin.dashboard("conversation-totalizers", empty)).get("Total_conversations").asLong()).isZero();
    }

    @Test
    void missing_or_invalid_start_and_end_are_invalid_params() {
        for (String name : List.of("conversation-totalizers", "productivity-totalizers", "charts/chats", "charts/timings")) {
            assertInvalid(() -> admin.dashboard(name, Map.of("end", after.toString())), "start");
            assertInvalid(() -> admin.dashboard(name, Map.of("start", before.toString())), "end");
            assertInvalid(() -> admin.dashboard(name, Map.of("start", "yesterday", "end", after.toString())), "start");
            assertInvalid(() -> admin.dashboard(name, Map.of("start", before.toString(), "end", "2026-13-45")), "end");
            assertInvalid(() -> admin.dashboard(name, period(after, before)), "end");
        }
    }

    @Test
    void arrays_nul_characters_and_out_of_range_years_are_refused_not_crashed_on() {
        for (String q : List.of("start[]=2026-01-01&end=2026-01-02", "start=2026-01-01&start=2026-01-02&end=2026-01-03",
                "start=%00&end=2026-01-02", "start=-999999999-01-01T00:00:00Z&end=2026-01-02",
                "start=2026-01-01&end=2026-01-02&departmentId[]=x")) {
            RawResponse r = admin.raw("GET", "livechat/analytics/dashboards/charts/chats?" + q, null, Map.of());
            assertThat(r.status()).as(q + " → " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"errorType\":\"invalid-params\"");
        }
    }

    @Test
    void only_managers_see_the_dashboard() {
        RocketChatException agent = failure(() -> alice.dashboard("charts/chats", all()));
        assertThat(agent.status()).isEqualTo(403);
        assertThat(agent.errorType()).isEqualTo("error-forbidden");

        RawResponse anonymous = server.client().raw("GET", "livechat/analytics/dashboards/charts/chats?start=2026-01-01&end=2026-01-02",
                null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);

        RocketChatLivechat manager = server.user(admin, "maria", List.of("livechat-manager"));
        assertThat(manager.dashboard("charts/chats", all()).get("closed").asLong()).isEqualTo(1);
    }

    private static void assertInvalid(Runnable call, String parameter) {
        RocketChatException e = failure(call);
        assertThat(e.status()).as(e.body().toString()).isEqualTo(400);
        assertThat(e.errorType()).isEqualTo("invalid-params");
        assertThat(e.error()).contains(parameter);
    }
}
