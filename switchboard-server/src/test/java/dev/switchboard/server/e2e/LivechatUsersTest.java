package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agents and managers: {@code getUsers}, {@code createUser}, {@code getUser}, {@code deleteUser}
 * (rocketchat_API's {@code livechat_*_user(s)}) for both types. Covers checklist (§7) items 19, 53,
 * 54, 55 and 81 (zero agents on a fresh server, new agents available).
 */
class LivechatUsersTest {

    @Test
    void a_fresh_server_has_no_agents_even_after_the_administrator_registered() {
        try (TestServer server = TestServer.start()) {
            JsonNode agents = server.admin().getUsers("agent", Map.of());

            assertThat(agents.get("users")).isEqualTo(json("[]"));
            assertThat(agents.get("total").asInt()).isZero();
            assertThat(agents.path("success").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent", "manager"})
    void a_livechat_user_is_added_listed_read_and_removed_again(String type) {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            String id = server.user(admin, "carol", List.of()).userId();

            JsonNode created = admin.createUser(type, "carol");
            assertThat(created).isEqualTo(json("{'user':{'_id':'" + id + "','username':'carol'},'success':true}"));

            JsonNode list = admin.getUsers(type, Map.of());
            assertThat(texts(list.get("users"), "_id")).containsExactly(id);
            assertThat(list.get("total").asInt()).isEqualTo(1);
            assertThat(list.get("count").asInt()).isEqualTo(1);

            JsonNode user = admin.getUser(type, id).get("user");
            assertThat(user.get("_id").asText()).isEqualTo(id);
            assertThat(user.get("username").asText()).isEqualTo("carol");
            assertThat(user.get("name").asText()).isEqualTo("Agent carol");
            assertThat(user.at("/emails/0/address").asText()).isEqualTo("carol@example.com");

            assertThat(admin.deleteUser(type, id)).isEqualTo(json("{'success':true}"));
            assertThat(admin.getUsers(type, Map.of()).get("users")).isEqualTo(json("[]"));
            assertThat(admin.getUser(type, id)).isEqualTo(json("{'user':null,'success':true}"));
        }
    }

    @Test
    void a_new_agent_is_available_at_once() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            String id = server.user(admin, "carol", List.of()).userId();
            admin.createUser("agent", "carol");

            assertThat(admin.getUser("agent", id).at("/user/statusLivechat").asText()).isEqualTo("available");
            assertThat(admin.getUsers("agent", Map.of()).at("/users/0/statusLivechat").asText()).isEqualTo("available");
            assertThat(admin.getUsers("agent", Map.of("onlyAvailable", true)).get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void get_of_a_user_without_the_role_is_null_and_of_an_unknown_id_is_user_not_found() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            String id = server.user(admin, "carol", List.of()).userId();
            admin.createUser("agent", "carol");

            assertThat(admin.getUser("manager", id)).isEqualTo(json("{'user':null,'success':true}"));
            var unknown = failure(() -> admin.getUser("agent", "no-such-user"));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).isEqualTo(json("{'success':false,'error':'User not found'}"));
        }
    }

    @Test
    void agents_and_managers_are_separate_lists() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.user(admin, "agnes", List.of());
            server.user(admin, "manny", List.of());
            admin.createUser("agent", "agnes");
            admin.createUser("manager", "manny");

            assertThat(texts(admin.getUsers("agent", Map.of()).get("users"), "username")).containsExactly("agnes");
            assertThat(texts(admin.getUsers("manager", Map.of()).get("users"), "username")).containsExactly("manny");
        }
    }

    @Test
    void unknown_users_and_types_are_refused() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();

            var unknownUser = failure(() -> admin.createUser("agent", "nobody"));
            assertThat(unknownUser.body()).isEqualTo(json("{'success':false,'error':'[error-invalid-user]','errorType':'error-invalid-user'}"));
            var badType = failure(() -> admin.getUsers("visitor", Map.of()));
            assertThat(badType.body()).isEqualTo(json("{'success':false,'error':'Invalid type'}"));
            var deleteNonAgent = failure(() -> admin.deleteUser("agent", admin.userId()));
            assertThat(deleteNonAgent.body()).isEqualTo(json("{'success':false}"));
        }
    }
}
