package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing timers (routing issue item 6) on a clock the test moves: a chat its agent never
 * answers goes to another agent; a chat whose visitor went quiet is closed or put on hold; and both
 * survive a restart of the node, on SQLite and PostgreSQL, because they are read from the database.
 */
class RoutingTimersTest {
    private final TestClock clock = new TestClock();
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice_and_bob_online() {
        server = TestServer.start(UnaryOperator.identity(), clock);
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        server.onlineAgent(admin, "bob");
        visitor = server.client();
        token = E2e.visitor(visitor, "Ann");
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
    }

    @AfterEach
    void stop() { server.close(); }

    private JsonNode room() { return E2e.roomById(admin, rid); }

    private void awaitServedBy(String username) {
        await().atMost(Duration.ofSeconds(10)).until(() -> username.equals(room().at("/servedBy/username").asText(null)));
    }

    /** The abandoned-room close after 600 s, and Ann's chat where alice wrote last (so Ann is the quiet one). */
    private void quietChatsCloseAfterTenMinutes() {
        admin.settingsUpdate("Livechat_abandoned_rooms_action", "close");
        admin.settingsUpdate("Livechat_visitor_inactivity_timeout", 600);
        visitor.message(token, rid, "Hi");
        alice.chatSendMessage(rid, "Are you still there?");
    }

    @Test
    void a_chat_its_agent_does_not_answer_in_time_goes_to_another_agent() {
        admin.settingsUpdate("Livechat_auto_transfer_chat_timeout", 30);
        clock.advance(Duration.ofSeconds(29));
        // Two timer runs at least: nothing is due yet.
        await().pollDelay(Duration.ofMillis(2500)).until(() -> true);
        assertThat(room().at("/servedBy/username").asText()).isEqualTo("alice");

        clock.advance(Duration.ofSeconds(2));

        awaitServedBy("bob");
        var history = visitor.messagesHistory(rid, token, Map.of()).get("messages");
        assertThat(E2e.texts(history, "t")).contains("livechat_transfer_history");
    }

    @Test
    void a_chat_its_agent_answered_stays_with_the_agent() {
        admin.settingsUpdate("Livechat_auto_transfer_chat_timeout", 30);
        alice.chatSendMessage(rid, "Hello Ann, how can I help?");

        clock.advance(Duration.ofMinutes(5));
        await().pollDelay(Duration.ofMillis(2500)).until(() -> true);

        assertThat(room().at("/servedBy/username").asText()).isEqualTo("alice");
    }

    @Test
    void a_chat_whose_visitor_stopped_answering_is_closed_with_the_configured_message() {
        quietChatsCloseAfterTenMinutes();

        clock.advance(Duration.ofSeconds(601));

        await().atMost(Duration.ofSeconds(10)).until(() -> !room().has("open"));
        assertThat(room().get("closer").asText()).isEqualTo("user");
    }

    @Test
    void a_quiet_chat_is_put_on_hold_where_it_does_not_count_and_resumes_when_the_visitor_writes() {
        admin.settingsUpdate("Livechat_abandoned_rooms_action", "on-hold");
        admin.settingsUpdate("Livechat_visitor_inactivity_timeout", 600);
        admin.agentSaveInfo(alice.userId(), 1);
        alice.chatSendMessage(rid, "Anything else?");

        clock.advance(Duration.ofSeconds(601));
        await().atMost(Duration.ofSeconds(10)).until(() -> room().path("onHold").asBoolean());
        assertThat(room().at("/servedBy/username").asText()).isEqualTo("alice");

        visitor.message(token, rid, "Yes, one more thing");

        assertThat(room().has("onHold")).isFalse();
        var types = E2e.texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "t");
        assertThat(types).contains("omnichannel_placed_chat_on_hold", "omnichannel_on_hold_chat_resumed");
    }

    @Test
    void the_unanswered_chat_timer_survives_a_restart_of_the_node() {
        admin.settingsUpdate("Livechat_auto_transfer_chat_timeout", 60);

        server.restart();
        clock.advance(Duration.ofSeconds(61));
        admin = server.client();
        admin.login(TestServer.ADMIN, TestServer.PASSWORD);

        awaitServedBy("bob");
    }

    @Test
    void the_abandoned_room_timer_survives_a_restart_of_the_node() {
        quietChatsCloseAfterTenMinutes();
        clock.advance(Duration.ofSeconds(300));

        server.restart();
        admin = server.client();
        admin.login(TestServer.ADMIN, TestServer.PASSWORD);
        await().pollDelay(Duration.ofMillis(2500)).until(() -> true);
        assertThat(room().has("open")).as("half the timeout passed before the restart").isTrue();

        clock.advance(Duration.ofSeconds(301));

        await().atMost(Duration.ofSeconds(10)).until(() -> !room().has("open"));
        assertThat(room().get("closer").asText()).isEqualTo("user");
    }
}
