package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The delivery ceiling: a bare Jetty 12 WebSocket server (Jetty's own API, no Javalin, no store, no hub)
 * speaking just enough DDP for our {@code DdpClient}: {@code connect}, {@code sub} of any stream, and any
 * method, where {@code sendMessageLivechat} broadcasts the message as a sequenced {@code changed} frame to
 * the subscribers of its room. The frame is serialized once per message; only the sequence differs per
 * socket. Loopback only; thread-safe.
 */
final class BareJettyDdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final Map<String, Set<Peer>> subscribers = new ConcurrentHashMap<>();

    BareJettyDdp() {
        var connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container ->
                container.addMapping("/websocket", (request, response, callback) -> new Peer())));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("bare Jetty did not start: " + e.getMessage(), e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One socket: its session and its own event sequence, as Switchboard's resume extension numbers them. */
    public final class Peer implements Session.Listener.AutoDemanding { // public: Jetty binds its methods by reflection
        private final AtomicLong seq = new AtomicLong();
        private volatile Session session;

        @Override
        public void onWebSocketOpen(Session session) {
            this.session = session;
        }

        @Override
        public void onWebSocketText(String text) {
            try {
                JsonNode frame = JSON.readTree(text);
                String id = frame.path("id").asText();
                switch (frame.path("msg").asText()) {
                    case "connect" -> send("{\"msg\":\"connected\",\"session\":\"" + UUID.randomUUID() + "\"}");
                    case "ping" -> send("{\"msg\":\"pong\"}");
                    case "sub" -> {
                        subscribers.computeIfAbsent(frame.path("params").path(0).asText(), k -> ConcurrentHashMap.newKeySet())
                                .add(this);
                        send("{\"msg\":\"ready\",\"subs\":[" + JSON.writeValueAsString(id) + "]}");
                    }
                    case "method" -> method(id, frame);
                    default -> { }
                }
            } catch (Exception e) {
                session.close();
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason, Callback callback) {
            subscribers.values().forEach(peers -> peers.remove(this));
            callback.succeed();
        }

        private void method(String id, JsonNode frame) throws Exception {
            JsonNode params = frame.path("params").path(0);
            ObjectNode result = JSON.createObjectNode();
            if ("sendMessageLivechat".equals(frame.path("method").asText())) {
                String rid = params.path("rid").asText();
                result.put("_id", params.path("_id").asText()).put("rid", rid).put("msg", params.path("msg").asText());
                result.putObject("ts").put("$date", System.currentTimeMillis());
                result.putObject("u").put("_id", "visitor").put("username", "guest");
                String head = "{\"msg\":\"changed\",\"collection\":\"stream-room-messages\",\"id\":\"id\",\"fields\":"
                        + "{\"eventName\":" + JSON.writeValueAsString(rid) + ",\"args\":[" + JSON.writeValueAsString(result)
                        + "]},\"seq\":";
                for (Peer peer : subscribers.getOrDefault(rid, Set.of())) {
                    peer.send(head + peer.seq.incrementAndGet() + "}");
                }
            }
            send("{\"msg\":\"result\",\"id\":" + JSON.writeValueAsString(id) + ",\"result\":" + JSON.writeValueAsString(result) + "}");
        }

        private void send(String text) {
            Session s = session;
            if (s != null && s.isOpen()) s.sendText(text, Callback.NOOP);
        }
    }
}
