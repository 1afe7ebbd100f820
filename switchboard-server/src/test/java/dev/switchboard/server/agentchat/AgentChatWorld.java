package dev.switchboard.server.agentchat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.livechat.AgentApiException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.net.URI;
import java.util.Map;

/**
 * A node with an administrator and an online agent {@code alice}, each also as an Agent Chat API
 * client authorised by its Rocket.Chat login token; helpers to open widget-visitor rooms and find their
 * LiveChat chat id.
 */
final class AgentChatWorld implements AutoCloseable {
    final TestServer server;
    final RocketChatLivechat admin;
    final RocketChatLivechat alice;
    final AgentApi adminApi;
    final AgentApi aliceApi;

    AgentChatWorld() { this(java.util.function.UnaryOperator.identity()); }

    /** @param customize changes the node's configuration (e.g. short realtime limits) */
    AgentChatWorld(java.util.function.UnaryOperator<dev.switchboard.server.SwitchboardConfig> customize) {
        server = TestServer.start(customize);
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        adminApi = api(admin);
        aliceApi = api(alice);
    }

    /** An RTM client of {@code user}, logged in with its Bearer token. */
    dev.switchboard.client.livechat.AgentRtm rtm(RocketChatLivechat user) {
        var rtm = dev.switchboard.client.livechat.AgentRtm.connect(URI.create(server.url()));
        rtm.login("Bearer " + user.authToken());
        return rtm;
    }

    AgentApi api(RocketChatLivechat user) { return AgentApi.bearer(URI.create(server.url()), user.authToken()); }

    /** A widget visitor with an open room served by alice (auto-routing); returns the visitor's token. */
    Visitor visitorServedByAlice(String name) {
        RocketChatLivechat client = server.client();
        String token = E2e.visitor(client, name);
        JsonNode room = client.room(token, Map.of()).get("room");
        return new Visitor(client, token, room.get("_id").asText(), room.at("/v/_id").asText());
    }

    /** The LiveChat chat whose latest thread is the room. */
    String chatOf(AgentApi api, String roomId) {
        for (JsonNode summary : E2e.items(api.listChats(null, "", "", 100).get("chats_summary"))) {
            if (roomId.equals(summary.at("/last_thread_summary/id").asText())) return summary.get("id").asText();
        }
        throw new AssertionError("no chat has thread " + roomId);
    }

    /** A visitor: its client, token, room (thread) id and visitor (customer) id. */
    record Visitor(RocketChatLivechat client, String token, String roomId, String customerId) {}

    static AgentApiException failure(Runnable call) {
        try {
            call.run();
        } catch (AgentApiException e) {
            return e;
        }
        throw new AssertionError("expected the call to fail, but it succeeded");
    }

    /** Asserts a LiveChat error: its HTTP status, its catalogue type, and a message (C12, C13). */
    static void assertError(AgentApiException e, int status, String type) {
        org.assertj.core.api.Assertions.assertThat(e.status()).as(e.body().toString()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(type);
        org.assertj.core.api.Assertions.assertThat(e.body().at("/error/message").isTextual()).isTrue();
    }

    @Override
    public void close() { server.close(); }
}
