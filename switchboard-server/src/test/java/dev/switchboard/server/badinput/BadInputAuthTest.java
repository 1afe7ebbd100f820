package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.Envelope.assertPermissionMissing;
import static dev.switchboard.server.badinput.Envelope.assertUnauthenticated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication and permissions on every user endpoint: missing, partial, garbage and
 * injection-shaped {@code X-User-Id}/{@code X-Auth-Token} give exactly the 401 body of §1.5; an
 * authenticated user without the permission gets 403 and writes nothing. Covers checklist (§7)
 * items 4, 5, 6, 7 and 10.
 */
class BadInputAuthTest {
    private static World w;

    /** method, path, body: every route that requires a user session. */
    private static List<String[]> userRoutes() {
        String rid = w.alice.rid();
        return List.of(
                r("POST", "logout", null), r("GET", "logout", null), r("GET", "me", null),
                r("POST", "users.create", "{\"username\":\"x1\",\"email\":\"x1@x.io\",\"password\":\"p\",\"name\":\"X\"}"),
                r("GET", "users.info?userId=" + w.agent.userId(), null),
                r("POST", "users.setStatus", "{\"status\":\"online\"}"),
                r("GET", "settings/Livechat_title", null), r("POST", "settings/Livechat_title", "{\"value\":\"pwned\"}"),
                r("GET", "livechat/appearance", null),
                r("POST", "livechat/appearance", "[{\"_id\":\"Livechat_title\",\"value\":\"pwned\"}]"),
                r("GET", "livechat/inquiries.list", null), r("GET", "livechat/inquiries.queued", null),
                r("GET", "livechat/inquiries.queuedForUser", null),
                r("POST", "livechat/inquiries.take", "{\"inquiryId\":\"x\"}"),
                r("GET", "livechat/inquiries.getOne?roomId=" + rid, null),
                r("GET", "livechat/users/agent", null), r("GET", "livechat/users/manager", null),
                r("POST", "livechat/users/manager", "{\"username\":\"plain1\"}"),
                r("GET", "livechat/users/agent/" + w.agent.userId(), null),
                r("DELETE", "livechat/users/agent/" + w.agent.userId(), null),
                r("GET", "livechat/department", null),
                r("POST", "livechat/department", "{\"department\":{\"name\":\"Evil\"}}"),
                r("GET", "livechat/department/x", null),
                r("PUT", "livechat/department/x", "{\"department\":{\"name\":\"Evil\"}}"),
                r("DELETE", "livechat/department/x", null),
                r("GET", "livechat/rooms", null),
                r("POST", "livechat/room.closeByUser", "{\"rid\":\"" + rid + "\"}"),
                r("GET", "livechat/visitor/" + w.alice.token() + "/room", null),
                r("GET", "livechat/analytics/dashboards/conversation-totalizers?start=2026-01-01&end=2026-01-02", null),
                r("GET", "livechat/analytics/dashboards/productivity-totalizers?start=2026-01-01&end=2026-01-02", null),
                r("GET", "livechat/analytics/dashboards/charts/chats?start=2026-01-01&end=2026-01-02", null),
                r("GET", "livechat/analytics/dashboards/charts/timings?start=2026-01-01&end=2026-01-02", null));
    }

    private static String[] r(String method, String path, String body) { return new String[] {method, path, body}; }

    @BeforeAll
    static void up() { w = World.start(); }

    @AfterAll
    static void down() { w.close(); }

    @Test
    void every_user_endpoint_answers_401_without_credentials_and_writes_nothing() {
        long rooms = w.openRoomsTotal();
        for (String[] route : userRoutes()) {
            assertUnauthenticated(w.anon(route[0], route[1], route[2]));
        }
        assertThat(w.openRoomsTotal()).isEqualTo(rooms);
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
        assertThat(w.usersTotal("manager")).isZero();
        assertThat(w.usersTotal("agent")).isEqualTo(1);
    }

    @Test
    void garbage_partial_and_injection_shaped_credentials_are_all_refused_with_401() {
        String wrongToken = TestServer.newToken();
        String realToken = w.server.client().login(TestServer.ADMIN, TestServer.PASSWORD).path("data").path("authToken").asText();
        List<Map<String, String>> headerSets = List.of(
                Map.of("X-User-Id", "nobody", "X-Auth-Token", "garbage"),
                Map.of("X-User-Id", w.admin.userId(), "X-Auth-Token", wrongToken),
                Map.of("X-User-Id", w.agent.userId(), "X-Auth-Token", realToken),
                Map.of("X-User-Id", w.admin.userId()),
                Map.of("X-Auth-Token", realToken),
                Map.of("X-User-Id", "", "X-Auth-Token", ""),
                Map.of("X-User-Id", "{\"$ne\":null}", "X-Auth-Token", "{\"$ne\":null}"),
                Map.of("X-User-Id", w.admin.userId(), "X-Auth-Token", realToken.toUpperCase()));
        for (Map<String, String> headers : headerSets) {
            assertUnauthenticated(w.anon("GET", "me", null, headers));
            assertUnauthenticated(w.anon("GET", "livechat/rooms", null, headers));
            assertUnauthenticated(w.anon("POST", "settings/Livechat_title", "{\"value\":\"pwned\"}", headers));
        }
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
        assertThat(w.anon("GET", "me", null, Map.of("X-User-Id", w.admin.userId(), "X-Auth-Token", realToken)).status())
                .as("the real pair still works").isEqualTo(200);
    }

    @Test
    void a_logged_out_token_no_longer_authenticates() {
        var session = w.server.client();
        var data = session.login(TestServer.ADMIN, TestServer.PASSWORD).path("data");
        Map<String, String> headers = Map.of("X-User-Id", data.path("userId").asText(),
                "X-Auth-Token", data.path("authToken").asText());
        session.logout();
        assertUnauthenticated(w.anon("GET", "me", null, headers));
        assertUnauthenticated(w.anon("POST", "logout", null, headers));
    }

    @Test
    void the_401_comes_before_any_validation_of_the_request() {
        assertUnauthenticated(w.anon("GET", "livechat/users/bogus", null));
        assertUnauthenticated(w.anon("POST", "livechat/users/bogus", "{\"username\":\"plain1\"}"));
        assertUnauthenticated(w.anon("GET", "livechat/users/bogus/x", null));
        assertUnauthenticated(w.anon("DELETE", "livechat/users/bogus/x", null));
        assertUnauthenticated(w.anon("POST", "users.create", "{\"a\":"));
        assertUnauthenticated(w.anon("POST", "livechat/department", "not json"));
        assertUnauthenticated(w.anon("POST", "livechat/inquiries.take", "{\"inquiryId\":{\"$ne\":1}}"));
        assertUnauthenticated(w.anon("GET", "livechat/rooms?offset=-1&sort=nope", null));
        assertUnauthenticated(w.anon("POST", "livechat/appearance", "{}"));
        assertUnauthenticated(w.anon("POST", "settings/Nope", "{}"));
    }

    @Test
    void a_user_without_livechat_roles_gets_403_everywhere_privileged_and_writes_nothing() {
        long openRooms = w.openRoomsTotal();
        long departments = w.departmentsTotal();
        for (String[] route : userRoutes()) {
            if (List.of("logout", "me", "users.setStatus").contains(route[1]) || route[1].startsWith("users.info")) {
                continue; // open to every authenticated user
            }
            assertPermissionMissing(w.asPlain(route[0], route[1], route[2]));
        }
        assertThat(w.openRoomsTotal()).isEqualTo(openRooms);
        assertThat(w.departmentsTotal()).isEqualTo(departments);
        assertThat(w.setting("Livechat_title").asText()).isEqualTo("Rocket.Chat");
        assertThat(w.usersTotal("manager")).isZero();
        assertThat(w.usersTotal("agent")).isEqualTo(1);
        assertThat(w.admin.usersInfo(w.plain.userId()).path("user").path("roles").toString()).isEqualTo("[\"user\"]");
    }

    @Test
    void an_agent_gets_403_on_manager_and_administrator_endpoints() {
        for (String path : List.of("settings/Livechat_title", "livechat/appearance", "livechat/inquiries.list",
                "livechat/users/manager", "livechat/users/agent/" + w.agent.userId(), "livechat/rooms",
                "livechat/visitor/" + w.alice.token() + "/room")) {
            assertPermissionMissing(w.asAgent("GET", path, null));
        }
        assertPermissionMissing(w.asAgent("POST", "livechat/users/manager", "{\"username\":\"agent1\"}"));
        assertPermissionMissing(w.asAgent("POST", "livechat/department", "{\"department\":{\"name\":\"Mine\"}}"));
        assertThat(w.usersTotal("manager")).isZero();
        assertThat(w.departmentsTotal()).isZero();
    }
}
