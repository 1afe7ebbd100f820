package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfers (rocketchat-livechat.md §4.6 {@code room.forward}, §3.4 {@code room.transfer}; checklist
 * items on forwarding): one atomic transition with a {@code livechat_transfer_history} message.
 */
class TransferTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat bob;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;
    private String sales;

    @BeforeEach
    void a_room_served_by_alice_and_a_sales_department_of_bob() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        bob = server.onlineAgent(admin, "bob");
        sales = admin.createDepartment(Map.of("name", "Sales", "enabled", true, "showOnRegistration", true),
                List.of(Map.of("agentId", bob.userId()))).at("/department/_id").asText();
        visitor = server.client();
        token = E2e.visitor(visitor, "Ann");
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
    }

    @AfterEach
    void stop() { server.close(); }

    private JsonNode transferMessage() {
        var messages = E2e.items(visitor.messagesHistory(rid, token, Map.of()).get("messages"));
        return messages.stream().filter(m -> "livechat_transfer_history".equals(m.path("t").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no transfer message in " + messages));
    }

    @Test
    void an_agent_forwards_the_room_to_another_agent_who_then_serves_it() {
        assertThat(alice.roomForward(rid, bob.userId(), null, "over to you").get("success").asBoolean()).isTrue();

        JsonNode room = E2e.roomById(admin, rid);
        assertThat(room.at("/servedBy/_id").asText()).isEqualTo(bob.userId());
        assertThat(admin.inquiriesGetOne(rid).at("/inquiry/status").asText()).isEqualTo("taken");
        JsonNode data = transferMessage().get("transferData");
        assertThat(data.get("scope").asText()).isEqualTo("agent");
        assertThat(data.get("comment").asText()).isEqualTo("over to you");
        assertThat(data.at("/transferredBy/username").asText()).isEqualTo("alice");
        assertThat(data.at("/transferredTo/username").asText()).isEqualTo("bob");
    }

    @Test
    void forwarding_to_a_department_requeues_the_room_there_and_routing_gives_it_to_a_member() {
        alice.roomForward(rid, null, sales, null);

        await().atMost(Duration.ofSeconds(5)).until(() -> bob.userId().equals(
                E2e.roomById(admin, rid).at("/servedBy/_id").asText(null)));
        JsonNode room = E2e.roomById(admin, rid);
        assertThat(room.at("/departmentId").asText()).isEqualTo(sales);
        JsonNode data = transferMessage().get("transferData");
        assertThat(data.get("scope").asText()).isEqualTo("department");
        assertThat(data.get("nextDepartment").asText()).isEqualTo(sales);
    }

    @Test
    void the_visitor_moves_its_room_to_another_department_and_gets_the_room_back_routed() {
        JsonNode answer = visitor.roomTransfer(rid, token, "Sales");

        assertThat(answer.get("success").asBoolean()).isTrue();
        assertThat(answer.at("/room/_id").asText()).isEqualTo(rid);
        assertThat(answer.at("/room/departmentId").asText()).isEqualTo(sales);
        assertThat(answer.at("/room/servedBy/username").asText()).isEqualTo("bob");
        assertThat(transferMessage().at("/transferData/transferredBy/type").asText()).isEqualTo("visitor");
    }

    @Test
    void a_forward_that_cannot_happen_changes_nothing() {
        bob.agentStatus("not-available", null);
        var offline = failure(() -> alice.roomForward(rid, bob.userId(), null, null));
        var unknownRoom = failure(() -> alice.roomForward("nope", bob.userId(), null, null));
        var unknownDepartment = failure(() -> alice.roomForward(rid, null, "nope", null));
        var nowhere = failure(() -> alice.roomForward(rid, null, null, null));
        alice.closeRoomByUser(rid, "bye");
        var closed = failure(() -> alice.roomForward(rid, null, sales, null));

        assertThat(offline.errorType()).isEqualTo("error-forwarding-chat");
        assertThat(unknownRoom.errorType()).isEqualTo("error-invalid-room");
        assertThat(unknownDepartment.errorType()).isEqualTo("error-forwarding-chat");
        assertThat(nowhere.error()).isEqualTo("error-forwarding-chat");
        assertThat(closed.error()).isEqualTo("This_conversation_is_already_closed");
        assertThat(E2e.roomById(admin, rid).at("/servedBy/username").asText()).isEqualTo("alice");
    }

    @Test
    void a_visitor_cannot_move_someone_elses_room() {
        String other = E2e.visitor(visitor, "Eve");

        var refused = failure(() -> visitor.roomTransfer(rid, other, "Sales"));

        assertThat(refused.error()).isEqualTo("invalid-room");
        assertThat(E2e.roomById(admin, rid).at("/servedBy/username").asText()).isEqualTo("alice");
    }
}
