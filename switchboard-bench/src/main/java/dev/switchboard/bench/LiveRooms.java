package dev.switchboard.bench;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The conversation set-up the realtime scenarios share, made the way clients make it (REST): an
 * administrator, one online agent, and visitors whose rooms that agent serves. Creating it is not
 * what is measured. Immutable once built; thread-safe.
 *
 * @param url   the node's base URL
 * @param agent a logged-in client of the agent serving every room
 * @param rooms the visitors' rooms, in creation order
 */
record LiveRooms(String url, RocketChatLivechat agent, List<Room> rooms) {
    static final String PASSWORD = "bench-password";

    /** One visitor's open room: the visitor's token and the room id. */
    record Room(String token, String rid) {}

    /**
     * Registers the administrator (the node's first user) and an online agent, then {@code visitors}
     * visitors with a room each, served by that agent (several at a time, since this is set-up).
     */
    static LiveRooms create(String url, int visitors) {
        var admin = new RocketChatLivechat(URI.create(url));
        admin.usersRegister("admin", "admin@bench.invalid", PASSWORD, "Bench admin");
        admin.login("admin", PASSWORD);
        // Every room goes to the one agent, so nothing may cap its simultaneous chats.
        admin.settingsUpdate("Livechat_maximum_chats_per_agent", 0);
        admin.usersCreate(Map.of("username", "agent", "email", "agent@bench.invalid", "password", PASSWORD,
                "name", "Bench agent", "roles", List.of()));
        admin.createUser("agent", "agent");
        var agent = new RocketChatLivechat(URI.create(url));
        agent.login("agent", PASSWORD);
        agent.setStatus("online", null);
        var visitor = new RocketChatLivechat(URI.create(url));
        try (var pool = new ForkJoinPool(8)) {
            List<Room> rooms = pool.submit(() -> IntStream.range(0, visitors).parallel()
                    .mapToObj(i -> open(visitor, agent.userId(), i)).toList()).get();
            return new LiveRooms(url, agent, rooms);
        } catch (Exception e) {
            throw new IllegalStateException("bench set-up failed: " + e.getMessage(), e);
        }
    }

    private static Room open(RocketChatLivechat client, String agentId, int i) {
        String token = UUID.randomUUID().toString();
        client.registerVisitor(token, Map.of("name", "Visitor " + i));
        String rid = client.room(token, Map.of("agentId", agentId)).at("/room/_id").asText();
        return new Room(token, rid);
    }
}
