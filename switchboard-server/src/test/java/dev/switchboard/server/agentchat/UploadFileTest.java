package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import dev.switchboard.server.e2e.E2e;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * upload_file (§4.15, C29) and send_event's file event (§3.7.1, C39): the URL becomes a file of the
 * Rocket.Chat room, which the agent (X-User-Id/X-Auth-Token) and the visitor (its token) download.
 */
class UploadFileTest extends AliceServesAnn {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> download(String url, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A fresh client each time: Jetty closes the connection after a malformed multipart body. */
    private HttpResponse<String> post(String contentType, String body, String auth) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(world.server.url() + "/v3.6/agent/action/upload_file"))
                .header("Content-Type", contentType).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void c29_c39_an_uploaded_file_sent_as_a_file_event_reaches_the_widget_and_participants_can_download_it() throws Exception {
        byte[] content = "hello file".getBytes(StandardCharsets.UTF_8);
        String url = world.aliceApi.uploadFile("my notes.txt", content);
        assertThat(url).matches("http://.*/file-upload/[A-Za-z0-9]+/my%20notes\\.txt");

        String eventId = world.aliceApi.sendEvent(chatId, Map.of("type", "file", "url", url, "visibility", "all",
                "text", "ignored"), false);
        List<JsonNode> events = E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events"));
        JsonNode file = events.get(events.size() - 1);
        assertThat(file.get("id").asText()).isEqualTo(eventId);
        assertThat(file.get("type").asText()).isEqualTo("file");
        assertThat(file.get("name").asText()).isEqualTo("my notes.txt");
        assertThat(file.get("content_type").asText()).isEqualTo("text/plain");
        assertThat(file.get("size").isIntegralNumber()).isTrue();
        assertThat(file.get("size").asLong()).isEqualTo(content.length);
        assertThat(file.get("url").asText()).isEqualTo(url);

        JsonNode widgetMessage = E2e.items(ann.client().messagesHistory(ann.roomId(), ann.token(), Map.of()).get("messages"))
                .stream().filter(m -> eventId.equals(m.get("_id").asText())).findFirst().orElseThrow();
        assertThat(widgetMessage.at("/file/name").asText()).isEqualTo("my notes.txt");

        var asAgent = download(url, Map.of("X-User-Id", world.alice.userId(), "X-Auth-Token", world.alice.authToken()));
        assertThat(asAgent.statusCode()).isEqualTo(200);
        assertThat(asAgent.body()).isEqualTo(content);
        assertThat(download(url, Map.of("x-visitor-token", ann.token())).body()).isEqualTo(content);
        assertThat(download(url, Map.of()).statusCode()).isEqualTo(404);

        assertError(failure(() -> world.aliceApi.sendEvent(chatId, Map.of("type", "file", "url", url), false)), 400, "validation");
    }

    @Test
    void c29_uploads_over_10_mb_are_entity_too_large_and_executables_or_bad_bodies_are_validation() throws Exception {
        assertError(failure(() -> world.aliceApi.uploadFile("big.bin", new byte[10 * 1024 * 1024 + 1])), 413, "entity_too_large");
        assertThat(world.aliceApi.uploadFile("exact.bin", new byte[10 * 1024 * 1024])).contains("/file-upload/");
        assertError(failure(() -> world.aliceApi.uploadFile("setup.EXE", new byte[] {'M', 'Z'})), 400, "validation");
        assertError(failure(() -> world.aliceApi.uploadFile("empty.txt", new byte[0])), 400, "validation");

        String auth = "Bearer " + world.alice.authToken();
        HttpResponse<String> json = post("application/json", "{}", auth);
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(E2e.json(json.body()).at("/error/type").asText()).isEqualTo("validation");
        HttpResponse<String> otherPart = post("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"a.txt\"\r\n\r\nx\r\n--b--\r\n", auth);
        assertThat(otherPart.statusCode()).isEqualTo(400);
        HttpResponse<String> broken = post("multipart/form-data; boundary=b", "--b\r\ngarbage", auth);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(E2e.json(broken.body()).at("/error/type").asText()).isEqualTo("validation");
        HttpResponse<String> anonymous = post("multipart/form-data; boundary=b", "--b--\r\n", "Bearer nope");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(E2e.json(anonymous.body()).at("/error/type").asText()).isEqualTo("authentication");
    }

    @Test
    void a_file_event_needs_a_url_from_upload_file() {
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, Map.of("type", "file"), false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, Map.of("type", "file", "url", "https://example.invalid/x.png"),
                false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, Map.of("type", "file",
                "url", world.server.url() + "/file-upload/AAAAAAAAAAAAAAAAAAAAAAAA/x.png"), false)), 400, "validation");
    }

    @Test
    void an_agent_added_to_the_chat_downloads_its_files_too() throws Exception {
        var bob = world.server.onlineAgent(world.admin, "bob");
        String url = world.aliceApi.uploadFile("a.png", new byte[] {1, 2, 3});
        world.aliceApi.sendEvent(chatId, Map.of("type", "file", "url", url), false);
        var headers = Map.of("X-User-Id", bob.userId(), "X-Auth-Token", bob.authToken());
        assertThat(download(url, headers).statusCode()).isEqualTo(404);
        world.aliceApi.addUserToChat(chatId, bob.userId(), "agent", "all", false);
        assertThat(download(url, headers).statusCode()).isEqualTo(200);
        assertThat(AgentApi.message("x")).isNotEmpty();
    }
}
