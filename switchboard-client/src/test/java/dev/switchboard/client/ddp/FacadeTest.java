package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpTesting.fast;
import static dev.switchboard.client.ddp.DdpTesting.join;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.ddp.StubDdpServer.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The facades send exactly the frames the real clients send (spec §5.5, §5.7, §5.8). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FacadeTest {

    @Test
    void the_visitor_facade_calls_the_livechat_methods_with_the_widgets_parameters() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            answerEveryMethodWithItsParams(server, "livechat:setUpConnection", "livechat:registerGuest", "livechat:loginByToken",
                    "sendMessageLivechat", "livechat:getAgentData", "livechat:getInitialData", "stream-notify-room");
            VisitorRealtime visitor = new VisitorRealtime(client, "T");

            join(visitor.setUpConnection());
            join(visitor.registerGuest("T", "Ann", "ann@example.test", null));
            join(visitor.loginByToken());
            join(visitor.sendMessage("m1", "R", "hello"));
            join(visitor.agentData("R"));
            join(visitor.initialData());
            join(visitor.typing("R", "guest-1", true));
            join(visitor.typing("R", "guest-1", false));

            assertThat(methodsAndParams(server)).containsExactly(
                    "livechat:setUpConnection [{\"token\":\"T\"}]",
                    "livechat:registerGuest [{\"token\":\"T\",\"name\":\"Ann\",\"email\":\"ann@example.test\"}]",
                    "livechat:loginByToken [\"T\"]",
                    "sendMessageLivechat [{\"_id\":\"m1\",\"rid\":\"R\",\"msg\":\"hello\",\"token\":\"T\"}]",
                    "livechat:getAgentData [{\"roomId\":\"R\",\"token\":\"T\"}]",
                    "livechat:getInitialData [\"T\"]",
                    "stream-notify-room [\"R/typing\",\"guest-1\",true,{\"token\":\"T\"}]",
                    "stream-notify-room [\"R/typing\",\"guest-1\",false,{\"token\":\"T\"}]");
        }
    }

    @Test
    void the_visitor_facade_watches_a_room_on_the_four_streams_of_the_widget() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            List<Subscription> subscriptions = join(new VisitorRealtime(client, "T").watchRoom("R"));

            String extra = "{\"useCollection\":false,\"args\":[{\"token\":\"T\",\"visitorToken\":\"T\"}]}";
            assertThat(subscriptions).hasSize(4);
            assertThat(subscriptionsSent(server)).containsExactly(
                    "stream-room-messages [\"R\"," + extra + "]",
                    "stream-notify-room [\"R/typing\"," + extra + "]",
                    "stream-notify-room [\"R/deleteMessage\"," + extra + "]",
                    "stream-livechat-room [\"R\"," + extra + "]");
        }
    }

    @Test
    void watching_a_room_fails_when_the_server_refuses_one_stream() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onSubscribe(frame -> frame.path("name").asText().equals("stream-room-messages")
                    ? Answer.error("not-allowed", "Not allowed") : Answer.empty());

            assertThat(DdpTesting.failure(new VisitorRealtime(client, "T").watchRoom("R")).code()).isEqualTo("not-allowed");
        }
    }

    @Test
    void the_agent_facade_logs_in_sends_messages_and_types_like_the_rocket_chat_client() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            server.onMethod("login", params -> Answer.result(Map.of("id", "a1", "token", "tok",
                    "tokenExpires", Map.of("$date", 1_800_000_000_000L), "type", "resume")));
            answerEveryMethodWithItsParams(server, "sendMessage", "stream-notify-room");
            AgentRealtime agent = new AgentRealtime(client);

            JsonNode login = join(agent.login("tok"));
            join(agent.sendMessage("R", "hi"));
            join(agent.sendMessage("m2", "R", "again"));
            join(agent.typing("R", "agent.smith", true));
            join(agent.typing("R", "agent.smith", false));

            assertThat(Ejson.date(login.get("tokenExpires")).toEpochMilli()).isEqualTo(1_800_000_000_000L);
            assertThat(methodsAndParams(server)).containsExactly(
                    "login [{\"resume\":\"tok\"}]",
                    "sendMessage [{\"rid\":\"R\",\"msg\":\"hi\"}]",
                    "sendMessage [{\"_id\":\"m2\",\"rid\":\"R\",\"msg\":\"again\"}]",
                    "stream-notify-room [\"R/user-activity\",\"agent.smith\",[\"user-typing\"],{}]",
                    "stream-notify-room [\"R/user-activity\",\"agent.smith\",[],{}]");
        }
    }

    @Test
    void the_agent_facade_watches_a_room_and_the_queue() {
        try (StubDdpServer server = new StubDdpServer(); DdpClient client = DdpClient.connect(server.uri(), fast())) {
            AgentRealtime agent = new AgentRealtime(client);

            assertThat(join(agent.watchRoom("R"))).hasSize(3);
            join(agent.watchQueue());

            String extra = "{\"useCollection\":false,\"args\":[{}]}";
            assertThat(subscriptionsSent(server)).containsExactly(
                    "stream-room-messages [\"R\"," + extra + "]",
                    "stream-notify-room [\"R/user-activity\"," + extra + "]",
                    "stream-livechat-room [\"R\"," + extra + "]",
                    "stream-livechat-inquiry-queue-observer [\"public\"," + extra + "]");
        }
    }

    private static void answerEveryMethodWithItsParams(StubDdpServer server, String... methods) {
        for (String method : methods) {
            server.onMethod(method, params -> Answer.result(params));
        }
    }

    private static List<String> methodsAndParams(StubDdpServer server) {
        return server.frames("method").stream().map(f -> f.get("method").asText() + " " + f.get("params")).toList();
    }

    private static List<String> subscriptionsSent(StubDdpServer server) {
        return server.frames("sub").stream().map(f -> f.get("name").asText() + " " + f.get("params")).toList();
    }
}
