package dev.switchboard.server.agentchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.server.e2e.E2e;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Web API's transport, authentication and error envelope (livechat-agent-api-v3.6.md §1–§2;
 * checklist C1, C3, C4, C5, C6, C8, C9, C12, C13, C14, C15).
 */
class WebApiTransportTest {
    private AgentChatWorld world;

    @BeforeEach
    void start() { world = new AgentChatWorld(); }

    @AfterEach
    void stop() { world.close(); }

    private HttpResponse<String> post(String action, String authorization, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(world.server.url() + "/v3.6/agent/action/" + action))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) r.header("Authorization", authorization);
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void c3_c12_a_missing_or_wrong_token_is_401_authentication_in_the_livechat_envelope() throws Exception {
        for (String auth : new String[] {null, "Bearer nope", "Basic !!!", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("someone:nope".getBytes()), "Token abc", "Bearer "}) {
            HttpResponse<String> r = post("list_chats", auth, "{}");
            assertThat(r.statusCode()).as("auth %s", auth).isEqualTo(401);
            assertThat(E2e.json(r.body())).isEqualTo(E2e.json(
                    "{'error':{'type':'authentication','message':'Authentication error'}}"));
        }
    }

    @Test
    void c3_one_rocket_chat_login_serves_bearer_and_basic_with_any_user_agent_and_an_empty_x_region() {
        JsonNode viaBearer = world.aliceApi.listChats(null, "", "", 0);
        AgentApi viaBasic = AgentApi.basic(URI.create(world.server.url()), world.alice.userId(), world.alice.authToken());
        assertThat(viaBasic.listChats(null, "", "", 0)).isEqualTo(viaBearer);
        assertThat(viaBearer.get("chats_summary").isArray()).isTrue();
        assertThat(viaBearer.get("found_chats").isIntegralNumber()).isTrue();
    }

    @Test
    void c8_c12_c14_malformed_json_wrong_types_and_unknown_actions_are_400_validation_never_5xx() throws Exception {
        String bearer = "Bearer " + world.alice.authToken();
        String[][] cases = {
                {"list_chats", "{not json"},
                {"list_chats", "[1,2]"},
                {"get_chat", "{\"chat_id\":{\"an\":\"object\"}}"},
                {"get_chat", "{}"},
                {"list_chats", "{\"limit\":101}"},
                {"list_chats", "{\"limit\":-1}"},
                {"list_chats", "{\"sort_order\":\"sideways\"}"},
                {"list_chats", "{\"page_id\":\"garbage\"}"},
                {"list_chats", "{\"filters\":{\"group_ids\":[\"x\"]}}"},
                {"send_event", "{\"chat_id\":\"C1\",\"event\":{\"text\":\"no type\"}}"},
                {"no_such_action", "{}"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = post(c[0], bearer, c[1]);
            assertThat(r.statusCode()).as("%s %s -> %s", c[0], c[1], r.body()).isEqualTo(400);
            JsonNode error = E2e.json(r.body()).get("error");
            assertThat(error.get("type").asText()).as(r.body()).isEqualTo("validation");
            assertThat(error.get("message").isTextual()).isTrue();
        }
    }

    @Test
    void c14_c15_unknown_keys_and_nulls_are_ignored() throws Exception {
        HttpResponse<String> r = post("list_chats", "Bearer " + world.alice.authToken(),
                "{\"filters\":null,\"limit\":null,\"sort_order\":null,\"page_id\":null,\"brand_new\":{\"deep\":[1]}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void c12_unknown_chats_are_404_not_found() {
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.getChat("NOPE", null));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.type()).isEqualTo("not_found");
    }

    @Test
    void c5_x_author_id_runs_as_a_bot_only_for_whom_may_act_as_it() {
        String botId = world.admin.usersCreate(java.util.Map.of("username", "helperbot", "email", "bot@example.com",
                "password", "s3cret-pass", "name", "Helper Bot", "roles", java.util.List.of("bot"))).at("/user/_id").asText();
        world.adminApi.setAuthorId(botId);
        assertThat(world.adminApi.listChats(null, "", "", 0).get("chats_summary").isArray()).isTrue();
        world.aliceApi.setAuthorId(botId);
        AgentApiException e = AgentChatWorld.failure(() -> world.aliceApi.listChats(null, "", "", 0));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.type()).isEqualTo("authorization");
    }
}
