package dev.switchboard.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;

/**
 * One server shared by the tests of a class: an administrator, an online agent, a plain user without
 * livechat roles, and two visitors (Alice and Bob), each with an open room holding one message. The
 * probes ({@link #roomsTotal}, {@link #messageCount}, ...) read state back through the public API so a
 * test can show that a refused request wrote nothing.
 */
final class World implements AutoCloseable {
    /** The configured body limit of {@link TestServer} (1 MiB). */
    static final int BODY_LIMIT = 1_048_576;

    final TestServer server;
    final RocketChatLivechat admin;
    final RocketChatLivechat agent;
    final RocketChatLivechat plain;
    final RocketChatLivechat anon;
    final Visitor alice;
    final Visitor bob;

    /** A registered visitor and its open room. */
    record Visitor(String token, String rid, String id, String messageId) {}

    private World(TestServer server) {
        this.server = server;
        this.admin = server.admin();
        this.agent = server.onlineAgent(admin, "agent1");
        this.plain = server.user(admin, "plain1", List.of());
        this.anon = server.client();
        this.alice = visitor("Alice");
        this.bob = visitor("Bob");
    }

    static World start() { return new World(TestServer.start()); }

    /** A world on a node whose configuration is adjusted first (see {@link TestServer#start(java.util.function.UnaryOperator)}). */
    static World start(java.util.function.UnaryOperator<dev.switchboard.server.SwitchboardConfig> customize) {
        return new World(TestServer.start(customize));
    }

    /** Registers a visitor, opens its room and posts one message. */
    Visitor visitor(String name) {
        String token = TestServer.newToken();
        String id = anon.registerVisitor(token, Map.of("name", name)).path("visitor").path("_id").asText();
        String rid = anon.room(token, Map.of()).path("room").path("_id").asText();
        String messageId = anon.message(token, rid, "hello from " + name).path("message").path("_id").asText();
        return new Visitor(token, rid, id, messageId);
    }

    // ---- requests ----

    /** A request without any session. */
    RawResponse anon(String method, String path, String body) { return anon.raw(method, path, body, Map.of()); }

    RawResponse anon(String method, String path, String body, Map<String, String> headers) {
        return anon.raw(method, path, body, headers);
    }

    RawResponse asAdmin(String method, String path, String body) { return admin.raw(method, path, body, Map.of()); }

    RawResponse asAgent(String method, String path, String body) { return agent.raw(method, path, body, Map.of()); }

    RawResponse asPlain(String method, String path, String body) { return plain.raw(method, path, body, Map.of()); }

    // ---- probes of the state, through the API ----

    /** Rooms of every state, as an administrator counts them. */
    long roomsTotal() { return admin.rooms(Map.of("count", 1)).path("total").asLong(); }

    /** Open rooms of every visitor. */
    long openRoomsTotal() {
        return admin.rooms(Map.of("count", 0)).path("rooms").findValues("open").stream()
                .filter(JsonNode::asBoolean).count();
    }

    /** Messages (system ones included) of a visitor's room. */
    int messageCount(Visitor v) {
        return admin.raw("GET", "livechat/messages.history/" + v.rid() + "?token=" + v.token() + "&limit=1000", null,
                Map.of()).json().path("messages").size();
    }

    /** The whole visitor document as {@code GET livechat/visitor/:token} returns it. */
    JsonNode visitorDoc(Visitor v) { return anon.getVisitor(v.token()).path("visitor"); }

    boolean visitorExists(String token) {
        return anon("GET", "livechat/visitor/" + token, null).status() == 200;
    }

    /** The visitor's room as an administrator sees it. */
    JsonNode room(String rid) {
        for (JsonNode r : admin.rooms(Map.of("count", 0)).path("rooms")) {
            if (rid.equals(r.path("_id").asText())) return r;
        }
        throw new AssertionError("no room " + rid);
    }

    boolean isOpen(Visitor v) { return room(v.rid()).path("open").asBoolean(false); }

    long usersTotal(String type) { return admin.getUsers(type, Map.of("count", 1)).path("total").asLong(); }

    long departmentsTotal() { return admin.departments(Map.of("count", 1)).path("total").asLong(); }

    JsonNode setting(String id) { return admin.settingsGet(id).path("value"); }

    /** Asserts that a visitor's room is still open and holds exactly {@code messages} messages. */
    void assertRoomUntouched(Visitor v, int messages) {
        assertThat(isOpen(v)).as("room %s still open", v.rid()).isTrue();
        assertThat(messageCount(v)).as("messages of %s", v.rid()).isEqualTo(messages);
    }

    /** A string of {@code n} random letters and digits (incompressible, unlike a run of one letter). */
    static String random(int n) {
        var rnd = new java.util.Random(n);
        var sb = new StringBuilder(n);
        String abc = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < n; i++) sb.append(abc.charAt(rnd.nextInt(abc.length())));
        return sb.toString();
    }

    @Override
    public void close() { server.close(); }
}
