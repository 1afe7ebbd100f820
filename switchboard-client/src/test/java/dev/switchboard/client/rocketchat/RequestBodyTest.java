package dev.switchboard.client.rocketchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodyTest extends StubServerTest {

    /** Takes the next request, checks method and path, and returns its JSON body. */
    private JsonNode next(String method, String path) throws Exception {
        StubServer.Recorded call = server.take();
        assertThat(call.method()).isEqualTo(method);
        assertThat(call.rawPath()).isEqualTo(path);
        assertThat(call.rawQuery()).isNull();
        if (!call.body().isEmpty()) {
            assertThat(call.header("Content-Type")).isEqualTo("application/json");
        }
        return Json.parse(call.body());
    }

    private static JsonNode json(String text) {
        return Json.parse(text);
    }

    @Test
    void set_appearance_sends_a_top_level_json_array() throws Exception {
        client.setAppearance(List.of(Map.of("_id", "Livechat_title", "value", "Help"),
                Map.of("_id", "Livechat_registration_form", "value", false)));

        assertThat(next("POST", "/api/v1/livechat/appearance")).isEqualTo(json(
                "[{\"_id\":\"Livechat_title\",\"value\":\"Help\"},{\"_id\":\"Livechat_registration_form\",\"value\":false}]"));
    }

    @Test
    void users_register_names_the_password_field_pass() throws Exception {
        client.usersRegister("user1", "email@domain.com", "secret", "User One");

        assertThat(next("POST", "/api/v1/users.register")).isEqualTo(json(
                "{\"username\":\"user1\",\"email\":\"email@domain.com\",\"pass\":\"secret\",\"name\":\"User One\"}"));
    }

    @Test
    void register_visitor_nests_the_token_and_fields_under_visitor() throws Exception {
        client.registerVisitor("tok-1", Map.of("name", "Ann", "username", "ann-1"));

        assertThat(next("POST", "/api/v1/livechat/visitor")).isEqualTo(json(
                "{\"visitor\":{\"token\":\"tok-1\",\"name\":\"Ann\",\"username\":\"ann-1\"}}"));
    }

    @Test
    void visitor_calls_carry_the_token_in_the_body() throws Exception {
        client.message("tok-1", "r1", "Hello");
        client.closeRoom("r1", "tok-1");
        client.customField("tok-1", "address", "Main St", true);
        client.customFields("tok-1", List.of(Map.of("key", "k", "value", "v", "overwrite", false)));
        client.pageVisited("tok-1", null, Map.of("change", "url", "title", "Home"));

        assertThat(next("POST", "/api/v1/livechat/message"))
                .isEqualTo(json("{\"token\":\"tok-1\",\"rid\":\"r1\",\"msg\":\"Hello\"}"));
        assertThat(next("POST", "/api/v1/livechat/room.close")).isEqualTo(json("{\"rid\":\"r1\",\"token\":\"tok-1\"}"));
        assertThat(next("POST", "/api/v1/livechat/custom.field")).isEqualTo(json(
                "{\"token\":\"tok-1\",\"key\":\"address\",\"value\":\"Main St\",\"overwrite\":true}"));
        assertThat(next("POST", "/api/v1/livechat/custom.fields")).isEqualTo(json(
                "{\"token\":\"tok-1\",\"customFields\":[{\"key\":\"k\",\"value\":\"v\",\"overwrite\":false}]}"));
        assertThat(next("POST", "/api/v1/livechat/page.visited")).isEqualTo(json(
                "{\"token\":\"tok-1\",\"pageInfo\":{\"change\":\"url\",\"title\":\"Home\"}}"));
    }

    @Test
    void message_edits_and_deletes_put_the_id_in_the_path_and_token_and_room_in_the_body() throws Exception {
        client.updateMessage("m 1", "tok-1", "r1", "Hello again");
        client.deleteMessage("m 1", "tok-1", "r1");

        assertThat(next("PUT", "/api/v1/livechat/message/m%201"))
                .isEqualTo(json("{\"token\":\"tok-1\",\"rid\":\"r1\",\"msg\":\"Hello again\"}"));
        assertThat(next("DELETE", "/api/v1/livechat/message/m%201"))
                .isEqualTo(json("{\"token\":\"tok-1\",\"rid\":\"r1\"}"));
    }

    @Test
    void reading_one_message_sends_token_and_room_in_the_query_and_no_body() throws Exception {
        client.getMessage("m1", "tok 1", "r1");

        StubServer.Recorded call = server.take();
        assertThat(call.method() + " " + call.rawPath()).isEqualTo("GET /api/v1/livechat/message/m1");
        assertThat(call.decodedQuery()).containsExactly("token=tok 1", "rid=r1");
        assertThat(call.body()).isEmpty();
    }

    @Test
    void chat_send_message_nests_the_message_and_sends_the_id_only_when_given() throws Exception {
        client.chatSendMessage("r1", "Hi there");
        client.chatSendMessage("r1", "Hi there", "my-id-1");

        assertThat(next("POST", "/api/v1/chat.sendMessage"))
                .isEqualTo(json("{\"message\":{\"rid\":\"r1\",\"msg\":\"Hi there\"}}"));
        assertThat(next("POST", "/api/v1/chat.sendMessage"))
                .isEqualTo(json("{\"message\":{\"rid\":\"r1\",\"msg\":\"Hi there\",\"_id\":\"my-id-1\"}}"));
    }

    @Test
    void inquiries_take_sends_the_user_id_only_when_given() throws Exception {
        client.inquiriesTake("inq-1");
        client.inquiriesTake("inq-1", "agent-7");

        assertThat(next("POST", "/api/v1/livechat/inquiries.take")).isEqualTo(json("{\"inquiryId\":\"inq-1\"}"));
        assertThat(next("POST", "/api/v1/livechat/inquiries.take"))
                .isEqualTo(json("{\"inquiryId\":\"inq-1\",\"userId\":\"agent-7\"}"));
    }

    @Test
    void agent_and_manager_management_use_the_documented_methods_and_bodies() throws Exception {
        client.createUser("agent", "user1");
        client.deleteUser("agent", "u1");
        client.closeRoomByUser("r1", "solved");
        client.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        client.setStatus("online", null);
        client.usersCreate(Map.of("username", "bob", "roles", List.of("user")));

        assertThat(next("POST", "/api/v1/livechat/users/agent")).isEqualTo(json("{\"username\":\"user1\"}"));
        assertThat(server.take()).satisfies(c -> {
            assertThat(c.method() + " " + c.rawPath()).isEqualTo("DELETE /api/v1/livechat/users/agent/u1");
            assertThat(c.body()).isEmpty();
        });
        assertThat(next("POST", "/api/v1/livechat/room.closeByUser"))
                .isEqualTo(json("{\"rid\":\"r1\",\"comment\":\"solved\"}"));
        assertThat(next("POST", "/api/v1/settings/Livechat_Routing_Method"))
                .isEqualTo(json("{\"value\":\"Manual_Selection\"}"));
        assertThat(next("POST", "/api/v1/users.setStatus")).isEqualTo(json("{\"status\":\"online\"}"));
        assertThat(next("POST", "/api/v1/users.create")).isEqualTo(json("{\"username\":\"bob\",\"roles\":[\"user\"]}"));
    }

    @Test
    void departments_are_created_updated_and_deleted_with_department_and_agents() throws Exception {
        Map<String, Object> department = Map.of("name", "Sales", "enabled", true);
        List<Map<String, Object>> agents = List.of(Map.of("agentId", "u1", "username", "ann"));

        client.createDepartment(department, agents);
        client.updateDepartment("d 1", department, agents);
        client.getDepartment("d1");
        client.deleteDepartment("d1");

        String expected = "{\"department\":{\"name\":\"Sales\",\"enabled\":true},"
                + "\"departmentAgents\":[{\"agentId\":\"u1\",\"username\":\"ann\"}]}";
        assertThat(next("POST", "/api/v1/livechat/department")).isEqualTo(json(expected));
        assertThat(next("PUT", "/api/v1/livechat/department/d%201")).isEqualTo(json(expected));
        assertThat(next("GET", "/api/v1/livechat/department/d1").isNull()).isTrue();
        assertThat(next("DELETE", "/api/v1/livechat/department/d1").isNull()).isTrue();
    }
}
