package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertCodedError;
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

/**
 * Departments: CRUD through the SDK, visitors registered into a department, and routing restricted
 * to the department's agents. Covers checklist (§7) items 29 (department stored, unknown refused),
 * 34 (no online agent in the department), 44 (config departments) and 56.
 */
class DepartmentTest {

    @Test
    void a_department_is_created_with_agents_listed_read_updated_and_deleted() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat bob = server.onlineAgent(admin, "bob");

            JsonNode created = admin.createDepartment(Map.of("name", "Sales", "email", "sales@example.com"),
                    List.of(Map.of("agentId", alice.userId())));
            String id = created.at("/department/_id").asText();
            assertThat(created.at("/department/name").asText()).isEqualTo("Sales");
            assertThat(created.at("/department/enabled").asBoolean()).isTrue();
            assertThat(texts(created.get("agents"), "agentId")).containsExactly(alice.userId());

            JsonNode list = admin.departments(Map.of());
            assertThat(texts(list.get("departments"), "_id")).containsExactly(id);
            assertThat(list.get("total").asInt()).isEqualTo(1);

            JsonNode got = admin.getDepartment(id);
            assertThat(got.at("/department/email").asText()).isEqualTo("sales@example.com");
            assertThat(texts(got.get("agents"), "username")).containsExactly("alice");

            admin.updateDepartment(id, Map.of("name", "Sales EMEA"), List.of(Map.of("agentId", bob.userId())));
            JsonNode updated = admin.getDepartment(id);
            assertThat(updated.at("/department/name").asText()).isEqualTo("Sales EMEA");
            assertThat(texts(updated.get("agents"), "agentId")).containsExactly(bob.userId());
            assertThat(admin.getUsers("agent", Map.of("text", "bob")).at("/users/0/departments"))
                    .isEqualTo(json("['" + id + "']"));

            assertThat(admin.deleteDepartment(id)).isEqualTo(json("{'success':true}"));
            assertThat(admin.departments(Map.of()).get("total").asInt()).isZero();
            assertThat(admin.getDepartment(id).get("department").isNull()).isTrue();
        }
    }

    @Test
    void a_visitor_registered_with_a_department_name_stores_the_department_id() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            String id = admin.createDepartment(Map.of("name", "Support"), List.of()).at("/department/_id").asText();
            RocketChatLivechat visitor = server.client();
            String byName = TestServer.newToken();
            String byId = TestServer.newToken();

            assertThat(visitor.registerVisitor(byName, Map.of("department", "Support")).at("/visitor/department").asText())
                    .isEqualTo(id);
            visitor.registerVisitor(byId, Map.of("department", id));
            assertThat(visitor.getVisitor(byId).at("/visitor/department").asText()).isEqualTo(id);
            assertThat(texts(visitor.config(null).at("/config/departments"), "name")).containsExactly("Support");
        }
    }

    @Test
    void an_unknown_department_is_refused() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();

            var e = failure(() -> visitor.registerVisitor(token, Map.of("department", "Nowhere")));

            assertCodedError(e, "error-invalid-department", "The provided department is invalid");
            assertThat(e.error()).isEqualTo("The provided department is invalid [error-invalid-department]");
            assertThat(failure(() -> visitor.getVisitor(token)).errorType()).isEqualTo("invalid-token");
        }
    }

    @Test
    void auto_selection_within_a_department_picks_only_that_departments_agents() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat zed = server.onlineAgent(admin, "zed");
            admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", zed.userId())));
            RocketChatLivechat visitor = server.client();

            for (int i = 0; i < 2; i++) {
                String token = TestServer.newToken();
                visitor.registerVisitor(token, Map.of("department", "Sales"));
                JsonNode room = visitor.room(token, Map.of()).get("room");
                assertThat(room.at("/servedBy/username").asText()).isEqualTo("zed");
                assertThat(room.get("departmentId").asText()).isNotEmpty();
            }
            // Without a department the least busy agent overall gets the room: alice (0 rooms).
            assertThat(visitor.room(E2e.visitor(visitor, "Ann"), Map.of()).at("/room/servedBy/username").asText())
                    .isEqualTo("alice");
        }
    }

    @Test
    void no_online_agent_in_the_visitors_department_means_no_agent_online_even_if_others_are_online() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            server.onlineAgent(admin, "alice");
            RocketChatLivechat zed = server.onlineAgent(admin, "zed");
            String sales = admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", zed.userId())))
                    .at("/department/_id").asText();
            zed.setStatus("offline", null);
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            visitor.registerVisitor(token, Map.of("department", sales));

            var e = failure(() -> visitor.room(token, Map.of()));

            assertCodedError(e, "no-agent-online", "Sorry, no online agents");
            assertThat(visitor.config(null).at("/config/online").asBoolean()).isTrue();
            assertThat(admin.rooms(Map.of()).get("total").asInt()).isZero();
        }
    }
}
