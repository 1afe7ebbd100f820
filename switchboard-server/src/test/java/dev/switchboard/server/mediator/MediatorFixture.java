package dev.switchboard.server.mediator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A node with the mediator enabled against a {@link FakeReceiver} as RapidPro, business hours that
 * are always open for project {@code hiv} in {@code gt} and never open for {@code fp}, an online agent
 * alice in department {@code GTM_HIV_GENERAL} (and {@code GTM_FP}), and manual routing, so the agent
 * takes chats herself.
 */
final class MediatorFixture implements AutoCloseable {
    static final String TOKEN = "rapidpro-api-token";
    static final ObjectMapper JSON = new ObjectMapper();
    final FakeReceiver rapidPro;
    final TestServer server;
    final RocketChatLivechat admin;
    final RocketChatLivechat alice;
    /** The business-hours directory ({@code <project>/working-hours-<cc>.toml}); tests may add files. */
    final Path hours;
    private final HttpClient http = HttpClient.newHttpClient();

    MediatorFixture(java.util.function.UnaryOperator<MediatorConfig> tune) throws IOException {
        this(tune, java.time.Clock.tick(java.time.Clock.systemUTC(), Duration.ofMillis(1)));
    }

    /** @param clock what the node reads, e.g. a {@link dev.switchboard.server.TestClock} the test moves */
    MediatorFixture(java.util.function.UnaryOperator<MediatorConfig> tune, java.time.Clock clock) throws IOException {
        this(tune, clock, java.util.function.UnaryOperator.identity());
    }

    /** @param node more of the node's configuration (mail, say) */
    MediatorFixture(java.util.function.UnaryOperator<MediatorConfig> tune, java.time.Clock clock,
                    java.util.function.UnaryOperator<dev.switchboard.server.SwitchboardConfig> node) throws IOException {
        rapidPro = new FakeReceiver();
        hours = Files.createTempDirectory("business-hours");
        Files.createDirectories(hours.resolve("hiv"));
        StringBuilder open = new StringBuilder("[gt]\ntime_zone = 'UTC'\nworkingDayMessage = 'Open every day'\n");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            open.append("[[gt.days.workingDays]]\nday = '").append(day).append("'\nstart_time = '0:00'\nend_time = '23:59'\n");
        }
        Files.writeString(hours.resolve("hiv/working-hours-gt.toml"), open.toString());
        Files.createDirectories(hours.resolve("fp"));
        Files.writeString(hours.resolve("fp/working-hours-gt.toml"),
                "[gt]\ntime_zone = 'Etc/GMT+6'\nworkingDayMessage = 'We are closed for now'\n");
        MediatorConfig config = tune.apply(MediatorConfig.enabled(rapidPro.url(), TOKEN, hours)
                .withTiming(Duration.ofMillis(700), 4, Duration.ofMillis(50), Duration.ofMillis(20)));
        server = TestServer.start(c -> node.apply(c.withMediator(config)), clock);
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
        for (String name : List.of("GTM_HIV_GENERAL", "GTM_FP")) {
            admin.createDepartment(Map.of("name", name, "enabled", true, "showOnRegistration", true),
                    List.of(Map.of("agentId", alice.userId())));
        }
    }

    /** A RapidPro-style JSON request to the node; returns the decoded envelope plus {@code http} = the status. */
    JsonNode call(String method, String path, String body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(r.body());
            node.put("http", r.statusCode());
            return node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode post(String path, Object body) {
        try {
            return call("POST", path, JSON.writeValueAsString(body), Map.of("Content-Type", "application/json"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode register(String uuid, String department) {
        return post("/live-agents/registerClient", Map.of("contact", Map.of("uuid", uuid, "name", "Maria", "urn", "facebook:123"),
                "department", department, "results", Map.of("reason", Map.of("value", "HIV test", "category", "Has Text"))));
    }

    /** Registers the contact in {@code GTM_HIV_GENERAL} and has alice take the chat; returns the room id. */
    String registerTaken(String uuid) {
        String rid = register(uuid, "GTM_HIV_GENERAL").get("rid").asText();
        alice.inquiriesTake(E2e.inquiryOf(admin, rid));
        return rid;
    }

    JsonNode toAgent(String uuid, String text) {
        return post("/live-agents/sendMessageToAgent", Map.of("contact", Map.of("uuid", uuid),
                "results", Map.of("clientmessage", Map.of("value", text, "category", "Has Text"))));
    }

    JsonNode metrics() { return call("GET", "/live-agents/outbox/metrics", null, Map.of()); }

    /** The room's messages as its contact reads them ({@code livechat/messages.history}), newest first. */
    List<String> contactView(String uuid, String rid) {
        return E2e.texts(server.client().messagesHistory(rid, uuid, Map.of()).get("messages"), "msg");
    }

    /** The room's events as alice (who must be in it) reads them in the LiveChat agent API, oldest first. */
    List<JsonNode> agentView(String rid) {
        AgentApi api = AgentApi.bearer(URI.create(server.url()), alice.authToken());
        for (JsonNode chat : E2e.items(api.listChats(null, "", "", 100).get("chats_summary"))) {
            if (rid.equals(chat.at("/last_thread_summary/id").asText())) {
                return E2e.items(api.getChat(chat.get("id").asText(), null).at("/thread/events"));
            }
        }
        throw new AssertionError("alice has no chat with thread " + rid);
    }

    static JsonNode body(FakeReceiver.Request r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        rapidPro.close();
    }
}
