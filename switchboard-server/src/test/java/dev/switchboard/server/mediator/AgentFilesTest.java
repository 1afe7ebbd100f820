package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.mediator.MediatorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** An agent's files reaching the contact (live-agents-mediator.md §9.4, checklist 22). */
class AgentFilesTest {
    private static final byte[] LEAFLET = "%PDF-1.4 clinic opening hours".getBytes(StandardCharsets.UTF_8);

    @Test
    void with_the_messages_flavour_a_file_is_uploaded_as_media_then_sent_with_its_uuid_and_caption() throws Exception {
        // Checklist 22, newer flavour: POST /api/v2/media.json, then the send with attachments:[<media uuid>].
        try (var f = new MediatorFixture(c -> c.withFlavourAndIdleTtl(MediatorConfig.Flavour.MESSAGES, c.sessionIdleTtl()))) {
            f.rapidPro.bodies(path -> path.equals("/api/v2/media.json")
                    ? "{\"uuid\":\"media-7\",\"content_type\":\"application/pdf\"}" : "{\"ok\":true}");
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            f.alice.roomsUpload(rid, "leaflet.pdf", "application/pdf", LEAFLET, "Our leaflet", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 3);
            Thread.sleep(300);

            List<FakeReceiver.Request> sent = f.rapidPro.requests();
            assertThat(sent).extracting(FakeReceiver.Request::path).containsExactly("/api/v2/messages.json",
                    "/api/v2/media.json", "/api/v2/messages.json");
            FakeReceiver.Request upload = sent.get(1);
            assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
            assertThat(upload.header("Authorization")).isEqualTo("Token " + MediatorFixture.TOKEN);
            assertThat(upload.body()).contains("filename=\"leaflet.pdf\"", "Content-Type: application/pdf",
                    new String(LEAFLET, StandardCharsets.UTF_8));
            JsonNode send = MediatorFixture.body(sent.get(2));
            assertThat(send.get("contact").asText()).isEqualTo(uuid);
            assertThat(send.get("text").asText()).isEqualTo("Our leaflet");
            assertThat(send.get("attachments").get(0).asText()).isEqualTo("media-7");
            assertThat(send.get("attachments")).hasSize(1);
        }
    }

    @Test
    void with_the_legacy_flavour_a_webhook_file_goes_as_its_link_under_the_caption() throws Exception {
        // Checklist 22, older flavour: text = <caption>\n<publicFilePath>.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            f.register(uuid, "GTM_HIV_GENERAL");
            String payload = "{\"type\":\"Message\",\"visitor\":{\"token\":\"" + uuid + "\"},\"messages\":[{\"_id\":\"f1\","
                    + "\"username\":\"bob\",\"agentId\":\"a1\",\"msg\":\"See this\",\"fileUpload\":{\"publicFilePath\":"
                    + "\"https://chat.example/file-upload/x/map.png?token=t\",\"type\":\"image/png\",\"size\":12}}]}";
            f.call("POST", "/live-agents/sendMessageToClient", payload, Map.of());
            await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 1);
            assertThat(MediatorFixture.body(f.rapidPro.requests().getFirst()).get("text").asText())
                    .isEqualTo("See this\nhttps://chat.example/file-upload/x/map.png?token=t");
        }
    }
}
