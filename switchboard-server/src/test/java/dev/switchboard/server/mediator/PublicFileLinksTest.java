package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.mediator.relay.MediaKind;
import dev.switchboard.server.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Checklist 22 (live-agents-mediator.md §9.4, §11.5): Switchboard's files leave as signed public links,
 * absolute URLs to the download route that anyone may fetch without credentials until they expire.
 * Every fetch here is a plain {@link HttpClient} with no header, cookie or token of its own.
 */
class PublicFileLinksTest {
    private static final byte[] LEAFLET = "%PDF-1.4 clinic opening hours".getBytes(StandardCharsets.UTF_8);
    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    static HttpResponse<byte[]> fetch(String url) throws Exception {
        return PLAIN.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The link in the RapidPro text of the legacy flavour: {@code <caption>\n<publicFilePath>}. */
    private static String legacyLink(MediatorFixture f, String caption) {
        await().atMost(Duration.ofSeconds(10)).until(() -> f.rapidPro.accepted().size() == 2);
        String text = MediatorFixture.body(f.rapidPro.requests().get(1)).get("text").asText();
        assertThat(text).startsWith(caption + "\n");
        return text.substring(caption.length() + 1);
    }

    @Test
    void with_the_legacy_flavour_rapidpro_gets_the_caption_and_a_link_that_fetches_the_file_without_credentials()
            throws Exception {
        // Checklist 22, older flavour: text = <caption>\n<publicFilePath>, and the link is fetchable.
        try (var f = new MediatorFixture(UnaryOperator.identity())) {
            String uuid = UUID.randomUUID().toString();
            String rid = f.registerTaken(uuid);
            f.alice.roomsUpload(rid, "leaflet (v2).pdf", "application/pdf", LEAFLET, "Our leaflet", null);
            String link = legacyLink(f, "Our leaflet");

            assertThat(link).startsWith(f.server.url() + "/file-upload/").contains("/leaflet%20%28v2%29.pdf?token=");
            HttpResponse<byte[]> got = fetch(link);
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.body()).isEqualTo(LEAFLET);
            assertThat(got.headers().firstValue("Content-Type")).hasValue("application/pdf");
            // The same file without the link's token stays private.
            assertThat(fetch(link.substring(0, link.indexOf('?'))).statusCode()).isEqualTo(404);
            // Nothing went missing, so the agents get no "could not be delivered" note.
            Thread.sleep(300);
            assertThat(f.agentView(rid)).noneMatch(e -> e.path("text").asText().contains("could not be delivered"));
        }
    }

    @Test
    void a_tampered_link_is_refused_and_a_good_one_works_until_the_configured_lifetime_ends() throws Exception {
        // Checklist 22: the signature covers the file id and the expiry; mediator.files.link-ttl-hours = 1 here.
        TestClock clock = new TestClock();
        try (var f = new MediatorFixture(c -> c.withFileLinkTtl(Duration.ofHours(1)), clock)) {
            String rid = f.registerTaken(UUID.randomUUID().toString());
            f.alice.roomsUpload(rid, "leaflet.pdf", "application/pdf", LEAFLET, "Our leaflet", null);
            String link = legacyLink(f, "Our leaflet");
            String unknown = fetchText(f.server.url() + "/file-upload/" + "0".repeat(24) + "/x.pdf");

            int dot = link.lastIndexOf('.');
            char last = link.charAt(link.length() - 1);
            String otherSignature = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
            String expires = link.substring(link.indexOf("token=") + 6, dot);
            String laterExpiry = link.replace("token=" + expires + ".", "token=" + (Long.parseLong(expires) + 3600) + ".");
            String noSignature = link.substring(0, dot + 1);
            for (String tampered : List.of(otherSignature, laterExpiry, noSignature, link + "x", link.replace("token=", "token=.."))) {
                HttpResponse<byte[]> refused = fetch(tampered);
                assertThat(refused.statusCode()).as(tampered).isEqualTo(404);
                assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(unknown);
            }

            clock.advance(Duration.ofMinutes(59));
            assertThat(fetch(link).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(2));
            HttpResponse<byte[]> expired = fetch(link);
            assertThat(expired.statusCode()).isEqualTo(404);
            assertThat(new String(expired.body(), StandardCharsets.UTF_8)).isEqualTo(unknown);
        }
    }

    @Test
    void with_public_url_configured_links_start_with_it_and_keep_working_through_it() throws Exception {
        // Checklist 22: the absolute base is public-url when set (a TLS proxy in front), else the node's URL.
        UnaryOperator<dev.switchboard.server.SwitchboardConfig> behindProxy = c -> new dev.switchboard.server.SwitchboardConfig(
                c.host(), c.port(), c.dataDir(), c.databaseUrl(), c.databaseUser(), c.databasePassword(),
                "https://chat.example.org/", c.maxBodyBytes(), c.livechatWidgetDir(), c.realtime(), c.mail(), c.mediator());
        try (var f = new MediatorFixture(UnaryOperator.identity(), java.time.Clock.systemUTC(), behindProxy)) {
            String rid = f.registerTaken(UUID.randomUUID().toString());
            f.alice.roomsUpload(rid, "leaflet.pdf", "application/pdf", LEAFLET, "Our leaflet", null);
            String link = legacyLink(f, "Our leaflet");

            assertThat(link).startsWith("https://chat.example.org/file-upload/");
            // What the proxy forwards: the same path and query on the node.
            HttpResponse<byte[]> got = fetch(f.server.url() + link.substring("https://chat.example.org".length()));
            assertThat(got.statusCode()).isEqualTo(200);
            assertThat(got.body()).isEqualTo(LEAFLET);
        }
    }

    private static String fetchText(String url) throws Exception {
        HttpResponse<byte[]> r = fetch(url);
        assertThat(r.statusCode()).isEqualTo(404);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void crm_webhook_messages_carry_file_upload_with_a_fetchable_link_type_and_size_for_every_mime_class() throws Exception {
        // Checklist 22 and §11.5 (normalizeMessageFileUpload): fileUpload {publicFilePath, type, size}; MIME classes.
        record Sample(String name, String type, MediaKind kind) {}
        List<Sample> samples = List.of(new Sample("map.png", "image/png", MediaKind.IMAGE),
                new Sample("clip.mp4", "video/mp4", MediaKind.VIDEO), new Sample("note.ogg", "audio/ogg", MediaKind.AUDIO),
                new Sample("leaflet.pdf", "application/pdf", MediaKind.DOCUMENT));
        try (var f = new MediatorFixture(UnaryOperator.identity()); var receiver = new FakeReceiver()) {
            f.admin.settingsUpdate("Livechat_webhookUrl", receiver.url() + "/crm");
            f.admin.settingsUpdate("Livechat_webhook_on_agent_message", true);
            String rid = f.registerTaken(UUID.randomUUID().toString());
            for (Sample s : samples) {
                f.alice.roomsUpload(rid, s.name(), s.type(), (s.name() + " bytes").getBytes(StandardCharsets.UTF_8), null, null);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.accepted().size() == samples.size());

            List<JsonNode> messages = receiver.requests().stream().map(MediatorFixture::body)
                    .map(b -> b.get("messages").get(0)).toList();
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                JsonNode upload = messages.get(i).get("fileUpload");
                byte[] bytes = (s.name() + " bytes").getBytes(StandardCharsets.UTF_8);
                assertThat(upload.get("type").asText()).isEqualTo(s.type());
                assertThat(upload.get("size").asLong()).isEqualTo(bytes.length);
                assertThat(MediaKind.of(upload.get("type").asText())).isEqualTo(s.kind());
                HttpResponse<byte[]> got = fetch(upload.get("publicFilePath").asText());
                assertThat(got.statusCode()).isEqualTo(200);
                assertThat(got.body()).isEqualTo(bytes);
            }
        }
    }
}
