package dev.switchboard.server.e2e.ddp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT livechat/room.visitor} (rocketchat-livechat.md §4.6) and the {@code visitorData} push it
 * causes on {@code stream-livechat-room} (§5.5, checklist item 72).
 */
class RoomVisitorTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat rest;
    private String annToken;
    private String rid;

    @BeforeEach
    void a_room_of_ann_served_by_smith() {
        server = TestServer.start();
        admin = server.admin();
        server.onlineAgent(admin, "smith");
        rest = server.client();
        annToken = E2e.visitor(rest, "Ann");
        rid = rest.room(annToken, Map.of()).at("/room/_id").asText();
    }

    @AfterEach
    void stop() { server.close(); }

    private String visitorId(String token) { return rest.getVisitor(token).at("/visitor/_id").asText(); }

    @Test
    void changing_the_room_s_visitor_moves_the_room_and_pushes_visitor_data_to_the_room_s_followers() {
        String bobToken = E2e.visitor(rest, "Bob");
        String ann = visitorId(annToken);
        String bob = visitorId(bobToken);
        try (RawDdp widget = RawDdp.connected(server.url())) {
            assertThat(widget.sub("l", "stream-livechat-room", rid, Map.of("token", annToken, "visitorToken", annToken))
                    .path("msg").asText()).isEqualTo("ready");

            JsonNode answer = admin.roomVisitor(rid, bob, ann);

            assertThat(answer.at("/room/_id").asText()).isEqualTo(rid);
            assertThat(answer.at("/room/v/_id").asText()).isEqualTo(bob);
            JsonNode push = widget.awaitEvent("stream-livechat-room", rid).path("fields").path("args").get(0);
            assertThat(push.path("type").asText()).isEqualTo("visitorData");
            assertThat(push.at("/visitor/_id").asText()).isEqualTo(bob);
            assertThat(push.at("/visitor/username").asText()).isEqualTo(rest.getVisitor(bobToken).at("/visitor/username").asText());
        }
        assertThat(E2e.roomById(admin, rid).at("/v/token").asText()).isEqualTo(bobToken);
        assertThat(rest.room(bobToken, Map.of("rid", rid)).at("/room/_id").asText()).as("Bob's room now").isEqualTo(rid);
    }

    @Test
    void unknown_visitor_unknown_room_and_wrong_current_visitor_fail_in_upstream_order_with_plain_errors() {
        String ann = visitorId(annToken);
        String bob = visitorId(E2e.visitor(rest, "Bob"));
        E2e.assertPlainError(E2e.failure(() -> admin.roomVisitor("nope", "nobody", ann)), "invalid-visitor");
        E2e.assertPlainError(E2e.failure(() -> admin.roomVisitor("nope", bob, ann)), "invalid-room");
        E2e.assertPlainError(E2e.failure(() -> admin.roomVisitor(rid, bob, bob)), "invalid-room-visitor");
        assertThat(E2e.roomById(admin, rid).at("/v/token").asText()).isEqualTo(annToken);
    }

    @Test
    void a_visitor_that_already_has_an_open_room_cannot_take_another() {
        String carolToken = E2e.visitor(rest, "Carol");
        rest.room(carolToken, Map.of());

        var e = E2e.failure(() -> admin.roomVisitor(rid, visitorId(carolToken), visitorId(annToken)));

        E2e.assertPlainError(e, "visitor-has-open-rooms");
        assertThat(E2e.roomById(admin, rid).at("/v/token").asText()).isEqualTo(annToken);
    }

    @Test
    void a_user_without_the_permission_is_refused() {
        RocketChatLivechat plain = server.user(admin, "plain", List.of("user"));
        var e = E2e.failure(() -> plain.roomVisitor(rid, visitorId(annToken), visitorId(annToken)));
        assertThat(e.getMessage()).contains("403");
    }
}
