package dev.switchboard.server.ui.console;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A visitor on the other side of the console, played by our Java SDK the way the widget talks:
 * {@code livechat/visitor}, {@code livechat/room}, {@code livechat/message}. Not thread-safe.
 */
final class ConsoleVisitor {
    final RocketChatLivechat client;
    final String token;
    final String name;
    String rid;

    private ConsoleVisitor(RocketChatLivechat client, String token, String name) {
        this.client = client;
        this.token = token;
        this.name = name;
    }

    /** Registers a visitor with {@code fields} (e.g. email, department) and opens its room. */
    static ConsoleVisitor arrive(TestServer server, String name, Map<String, ?> fields) {
        ConsoleVisitor v = new ConsoleVisitor(server.client(), TestServer.newToken(), name);
        Map<String, Object> all = new HashMap<>(fields);
        all.put("name", name);
        v.client.registerVisitor(v.token, all);
        v.rid = v.client.room(v.token, Map.of()).at("/room/_id").asText();
        return v;
    }

    static ConsoleVisitor arrive(TestServer server, String name) { return arrive(server, name, Map.of()); }

    void say(String text) { client.message(token, rid, text); }

    /** The texts of the room's messages the visitor can read, oldest first. */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        for (JsonNode m : client.messagesHistory(rid, token, Map.of("count", 100)).get("messages")) out.add(m.path("msg").asText());
        return out.reversed();
    }

    /** Waits until the visitor can read the text. */
    void awaitMessage(String text) {
        await().atMost(Duration.ofSeconds(15)).until(() -> messages().contains(text));
    }

    /** The room as the visitor sees it. */
    JsonNode room() { return client.room(token, Map.of("rid", rid)).get("room"); }
}
