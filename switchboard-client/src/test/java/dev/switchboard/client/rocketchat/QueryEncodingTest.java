package dev.switchboard.client.rocketchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryEncodingTest extends StubServerTest {

    @Test
    void rooms_sends_lists_as_bracket_arrays_and_maps_as_one_json_parameter() throws Exception {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("agents", List.of("a1", "a2"));
        filters.put("open", true);
        filters.put("createdAt", Map.of("start", "2024-01-01T00:00:00.000Z"));
        filters.put("tags", List.of("vip & co"));
        filters.put("departmentId", null);
        filters.put("count", 10);

        client.rooms(filters);

        StubServer.Recorded call = server.take();
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.rawPath()).isEqualTo("/api/v1/livechat/rooms");
        assertThat(call.rawQuery()).startsWith("agents%5B%5D=a1&agents%5B%5D=a2&open=true&createdAt=%7B%22start%22");
        assertThat(call.decodedQuery()).containsExactly(
                "agents[]=a1", "agents[]=a2", "open=true",
                "createdAt={\"start\":\"2024-01-01T00:00:00.000Z\"}", "tags[]=vip & co", "count=10");
    }

    @Test
    void query_values_are_url_encoded_including_spaces_ampersands_and_unicode() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("rid", "r 1&x=y");
        params.put("agentId", "é+/?");

        client.room("tok#1", params);

        StubServer.Recorded call = server.take();
        assertThat(call.rawPath()).isEqualTo("/api/v1/livechat/room");
        assertThat(call.rawQuery()).isEqualTo("token=tok%231&rid=r%201%26x%3Dy&agentId=%C3%A9%2B%2F%3F");
        assertThat(call.decodedQuery()).containsExactly("token=tok#1", "rid=r 1&x=y", "agentId=é+/?");
    }

    @Test
    void messages_history_puts_the_room_in_the_path_and_the_token_first_in_the_query() throws Exception {
        client.messagesHistory("room-1", "tok-1", Map.of("limit", "5"));

        StubServer.Recorded call = server.take();
        assertThat(call.rawPath()).isEqualTo("/api/v1/livechat/messages.history/room-1");
        assertThat(call.rawQuery()).isEqualTo("token=tok-1&limit=5");
    }

    @Test
    void config_without_a_token_sends_no_query_at_all() throws Exception {
        client.config(null);
        client.config("tok 2");

        assertThat(server.take().rawQuery()).isNull();
        StubServer.Recorded withToken = server.take();
        assertThat(withToken.rawPath()).isEqualTo("/api/v1/livechat/config");
        assertThat(withToken.rawQuery()).isEqualTo("token=tok%202");
    }

    @Test
    void path_parameters_are_percent_encoded_as_single_segments() throws Exception {
        client.getVisitor("a/b c");
        client.agentInfo("rid-1", "tok-1");
        client.getUser("agent", "u 9");
        client.settingsGet("Livechat_Routing_Method");

        assertThat(server.take().rawPath()).isEqualTo("/api/v1/livechat/visitor/a%2Fb%20c");
        assertThat(server.take().rawPath()).isEqualTo("/api/v1/livechat/agent.info/rid-1/tok-1");
        assertThat(server.take().rawPath()).isEqualTo("/api/v1/livechat/users/agent/u%209");
        assertThat(server.take().rawPath()).isEqualTo("/api/v1/settings/Livechat_Routing_Method");
    }

    @Test
    void single_value_lookups_send_their_one_parameter() throws Exception {
        client.usersInfo("u1");
        client.inquiriesGetOne("room-7");
        client.getUsers("manager", Map.of("count", "50"));
        client.inquiriesList(Map.of("department", "sales"));

        assertThat(server.take()).satisfies(c -> assertThat(c.rawPath() + "?" + c.rawQuery())
                .isEqualTo("/api/v1/users.info?userId=u1"));
        assertThat(server.take()).satisfies(c -> assertThat(c.rawPath() + "?" + c.rawQuery())
                .isEqualTo("/api/v1/livechat/inquiries.getOne?roomId=room-7"));
        assertThat(server.take()).satisfies(c -> assertThat(c.rawPath() + "?" + c.rawQuery())
                .isEqualTo("/api/v1/livechat/users/manager?count=50"));
        assertThat(server.take()).satisfies(c -> assertThat(c.rawPath() + "?" + c.rawQuery())
                .isEqualTo("/api/v1/livechat/inquiries.list?department=sales"));
    }

    @Test
    void a_trailing_slash_on_the_server_url_does_not_double_the_slash() throws Exception {
        new RocketChatLivechat(java.net.URI.create(server.uri() + "/")).inquiriesQueued();

        assertThat(server.take().rawPath()).isEqualTo("/api/v1/livechat/inquiries.queued");
    }
}
