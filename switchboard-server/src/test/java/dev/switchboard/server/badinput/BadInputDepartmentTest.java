package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/department} (GET list, POST) and {@code livechat/department/:_id} (GET, PUT,
 * DELETE) with hostile bodies, unknown ids and unknown agents: a refused create leaves no department
 * behind, and a refused update changes neither the department nor its agents. Covers checklist (§7)
 * items 4, 12 and 14 and the department reads of §4.7.
 */
class BadInputDepartmentTest {
    private static World w;
    private static String supportId;
    private static JsonNode support;

    @BeforeAll
    static void up() {
        w = World.start();
        supportId = w.admin.createDepartment(Map.of("name", "Support"), List.of(Map.of("agentId", w.agent.userId())))
                .path("department").path("_id").asText();
        support = w.admin.getDepartment(supportId);
    }

    @AfterAll
    static void down() { w.close(); }

    private static void assertNothingChanged() {
        assertThat(w.departmentsTotal()).isEqualTo(1);
        JsonNode now = w.admin.getDepartment(supportId);
        assertThat(now.path("department")).isEqualTo(support.path("department"));
        assertThat(now.path("agents")).isEqualTo(support.path("agents"));
    }

    @Test
    void the_list_refuses_abusive_pagination_sort_and_text_parameters() {
        for (String query : List.of("offset=-1", "count=abc", "count=1&count=2", "sort=x", "sort=%7B%22email%22%3A1%7D",
                "sort=%7B%22name%22%3A0%7D", "text%5B%5D=Support", "text=a&text=b")) {
            assertInvalidParams(w.asAdmin("GET", "livechat/department?" + query, null));
        }
        assertThat(w.asAdmin("GET", "livechat/department?text=.*", null).json().path("total").asLong()).isZero();
        assertThat(w.asAdmin("GET", "livechat/department?text=%25", null).json().path("total").asLong()).isZero();
    }

    @Test
    void create_refuses_missing_and_mistyped_members_and_leaves_no_department() {
        assertMissing(w.asAdmin("POST", "livechat/department", "{}"), "department");
        assertMissing(w.asAdmin("POST", "livechat/department", "{\"department\":{}}"), "department.name");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", "livechat/department", "{\"department\":{\"name\":" + bad + "}}"));
            assertInvalidParams(w.asAdmin("POST", "livechat/department", "{\"department\":{\"name\":\"Evil\",\"email\":" + bad + "}}"));
            assertInvalidParams(w.asAdmin("POST", "livechat/department",
                    "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":[{\"agentId\":" + bad + "}]}"));
        }
        for (String body : List.of("{\"department\":\"Evil\"}", "{\"department\":[{\"name\":\"Evil\"}]}",
                "{\"department\":{\"name\":\"\"}}", "{\"department\":{\"name\":\"   \"}}",
                "{\"department\":{\"name\":\"" + "n".repeat(129) + "\"}}",
                "{\"department\":{\"name\":\"Evil\",\"enabled\":\"maybe\"}}",
                "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":\"agent1\"}",
                "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":[\"agent1\"]}",
                "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":[{}]}")) {
            assertInvalidParams(w.asAdmin("POST", "livechat/department", body));
        }
        assertNothingChanged();
    }

    @Test
    void create_with_an_unknown_agent_or_a_taken_name_leaves_no_department() {
        assertCoded(w.asAdmin("POST", "livechat/department",
                "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":[{\"agentId\":\"" + w.agent.userId()
                        + "\"},{\"agentId\":\"ghost\"}]}"), "error-invalid-agent", "Invalid agent ghost");
        assertCoded(w.asAdmin("POST", "livechat/department",
                "{\"department\":{\"name\":\"Evil\"},\"departmentAgents\":[{\"agentId\":\"" + w.plain.userId() + "\"}]}"),
                "error-invalid-agent", "Invalid agent " + w.plain.userId());
        assertCoded(w.asAdmin("POST", "livechat/department", "{\"department\":{\"name\":\"Support\"}}"),
                "error-duplicated-department-name", "A department named Support already exists");
        assertNothingChanged();
    }

    @Test
    void get_of_an_unknown_or_operator_shaped_id_is_the_null_department_not_a_match() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D", ".*")) {
            var r = w.asAdmin("GET", "livechat/department/" + id, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json()).isEqualTo(json("{\"department\":null,\"agents\":[],\"success\":true}"));
        }
    }

    @Test
    void update_of_an_unknown_id_is_department_not_found() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D")) {
            assertCoded(w.asAdmin("PUT", "livechat/department/" + id, "{\"department\":{\"name\":\"Evil\"}}"),
                    "error-department-not-found", "Department not found");
        }
        assertNothingChanged();
    }

    @Test
    void a_refused_update_changes_neither_the_department_nor_its_agents() {
        String path = "livechat/department/" + supportId;
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("PUT", path, "{\"department\":{\"name\":" + bad + "}}"));
        }
        assertInvalidParams(w.asAdmin("PUT", path, "{\"department\":{\"name\":\"Renamed\"},\"departmentAgents\":{\"$set\":[]}}"));
        assertMissing(w.asAdmin("PUT", path, "{\"departmentAgents\":[]}"), "department");
        assertCoded(w.asAdmin("PUT", path, "{\"department\":{\"name\":\"Renamed\",\"enabled\":false},"
                + "\"departmentAgents\":[{\"agentId\":\"ghost\"}]}"), "error-invalid-agent", "Invalid agent ghost");
        assertNothingChanged();
    }

    @Test
    void delete_of_an_unknown_id_is_department_not_found_and_deletes_nothing() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D", "%25")) {
            assertCoded(w.asAdmin("DELETE", "livechat/department/" + id, null), "error-department-not-found", "Department not found");
        }
        assertNothingChanged();
    }
}
