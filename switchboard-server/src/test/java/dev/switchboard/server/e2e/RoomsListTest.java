package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET livechat/rooms} (rocketchat_API's {@code livechat_rooms}) with every filter of the seed:
 * agents, departmentId, open, createdAt/closedAt ranges, tags, offset/count/sort and total. Three
 * rooms: r1 served by alice (open), r2 served by bob and closed with tag "billing", r3 in department
 * "Sales" served by bob (open). Covers checklist (§7) items 11, 12, 58 and 59 (closeByUser tags).
 */
class RoomsListTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat bob;
    private String r1;
    private String r2;
    private String r3;
    private String sales;
    private Instant afterR1;
    private Instant beforeClose;

    @BeforeEach
    void three_rooms() throws InterruptedException {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        bob = server.onlineAgent(admin, "bob");
        sales = admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", bob.userId())))
                .at("/department/_id").asText();
        RocketChatLivechat visitor = server.client();

        r1 = visitor.room(E2e.visitor(visitor, "One"), Map.of("agentId", alice.userId())).at("/room/_id").asText();
        Thread.sleep(20);
        afterR1 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(20);
        r2 = visitor.room(E2e.visitor(visitor, "Two"), Map.of("agentId", bob.userId())).at("/room/_id").asText();
        Thread.sleep(20);
        String t3 = TestServer.newToken();
        visitor.registerVisitor(t3, Map.of("name", "Three", "department", sales));
        r3 = visitor.room(t3, Map.of()).at("/room/_id").asText();
        Thread.sleep(20);
        beforeClose = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(20);
        var closed = bob.raw("POST", "livechat/room.closeByUser",
                "{\"rid\":\"" + r2 + "\",\"comment\":\"done\",\"tags\":[\"billing\"]}", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> ids(Map<String, ?> filters) {
        return texts(admin.rooms(filters).get("rooms"), "_id");
    }

    @Test
    void without_filters_every_room_is_listed_newest_first_with_its_total() {
        JsonNode all = admin.rooms(Map.of());

        assertThat(texts(all.get("rooms"), "_id")).containsExactly(r3, r2, r1);
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("count").asInt()).isEqualTo(3);
        assertThat(all.get("offset").asInt()).isZero();
        assertThat(texts(all.get("rooms"), "t")).containsOnly("l");
    }

    @Test
    void the_agents_filter_matches_the_serving_agent_by_id_or_username() {
        assertThat(ids(Map.of("agents", List.of(alice.userId())))).containsExactly(r1);
        assertThat(ids(Map.of("agents", List.of(bob.userId())))).containsExactlyInAnyOrder(r2, r3);
        assertThat(ids(Map.of("agents", List.of("alice", "bob")))).containsExactlyInAnyOrder(r1, r2, r3);
    }

    @Test
    void the_department_filter_matches_rooms_of_that_department_and_names_the_department() {
        JsonNode rooms = admin.rooms(Map.of("departmentId", sales)).get("rooms");

        assertThat(texts(rooms, "_id")).containsExactly(r3);
        assertThat(rooms.get(0).get("departmentId").asText()).isEqualTo(sales);
        assertThat(rooms.get(0).at("/department/name").asText()).isEqualTo("Sales");
    }

    @Test
    void open_true_lists_open_served_rooms_and_open_false_the_closed_ones() {
        assertThat(ids(Map.of("open", true))).containsExactlyInAnyOrder(r1, r3);
        assertThat(ids(Map.of("open", false))).containsExactly(r2);
    }

    @Test
    void created_at_and_closed_at_take_json_date_ranges() {
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
        assertThat(ids(Map.of("createdAt", Map.of("start", afterR1.toString(), "end", later.toString()))))
                .containsExactlyInAnyOrder(r2, r3);
        assertThat(ids(Map.of("createdAt", Map.of("end", afterR1.toString())))).containsExactly(r1);
        assertThat(ids(Map.of("createdAt", Map.of("start", later.toString())))).isEmpty();
        assertThat(ids(Map.of("closedAt", Map.of("start", beforeClose.toString(), "end", later.toString()))))
                .containsExactly(r2);
        assertThat(ids(Map.of("closedAt", Map.of("end", beforeClose.toString())))).isEmpty();
    }

    @Test
    void tags_given_when_an_agent_closes_a_room_are_stored_and_filterable() {
        JsonNode rooms = admin.rooms(Map.of("tags", List.of("billing"))).get("rooms");

        assertThat(texts(rooms, "_id")).containsExactly(r2);
        assertThat(rooms.get(0).get("tags")).isEqualTo(E2e.json("['billing']"));
        assertThat(ids(Map.of("tags", List.of("nothing-like-this")))).isEmpty();
    }

    @Test
    void offset_count_and_sort_page_through_the_rooms_while_total_counts_them_all() {
        JsonNode first = admin.rooms(Map.of("sort", Map.of("ts", 1), "count", 2));
        assertThat(texts(first.get("rooms"), "_id")).containsExactly(r1, r2);
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("total").asInt()).isEqualTo(3);

        JsonNode second = admin.rooms(Map.of("sort", Map.of("ts", 1), "count", 2, "offset", 2));
        assertThat(texts(second.get("rooms"), "_id")).containsExactly(r3);
        assertThat(second.get("count").asInt()).isEqualTo(1);
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.get("total").asInt()).isEqualTo(3);
    }

    @Test
    void an_agent_may_list_its_own_rooms_only() {
        assertThat(texts(alice.rooms(Map.of("agents", List.of(alice.userId()))).get("rooms"), "_id")).containsExactly(r1);

        var e = E2e.failure(() -> alice.rooms(Map.of()));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.body().path("success").asBoolean(true)).isFalse();
    }
}
