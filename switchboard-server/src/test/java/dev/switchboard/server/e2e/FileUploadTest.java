package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.json;
import static dev.switchboard.server.e2e.E2e.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.client.ddp.AgentRealtime;
import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.StreamEvent;
import dev.switchboard.client.rocketchat.BinaryResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files in a conversation: a visitor uploads ({@code livechat/upload/:rid}), an agent uploads
 * ({@code rooms.upload/:rid}), the file message reaches the room's stream and history in Rocket.Chat's
 * shape, and the room's visitor and serving agent download the exact bytes. Each test has a visitor
 * "Ann" whose room is served by alice. Covers checklist (§7) items 3, 16, 28, 40, 42, 43, 44 and 68
 * for file messages.
 */
class FileUploadTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;
    private String token;
    private String visitorId;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitorId = visitor.registerVisitor(token, Map.of("name", "Ann")).at("/visitor/_id").asText();
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_visitor_uploads_an_image_and_a_pdf_which_the_agent_sees_live_and_downloads_byte_for_byte() throws Exception {
        byte[] png = Uploads.png();
        byte[] pdf = Uploads.pdf(300_000);
        var pushed = new LinkedBlockingQueue<JsonNode>();
        try (DdpClient ddp = DdpClient.connect(URI.create(server.url()))) {
            AgentRealtime realtime = new AgentRealtime(ddp);
            realtime.login(alice.authToken()).get(5, TimeUnit.SECONDS);
            ddp.addListener((StreamEvent e) -> {
                if (e.collection().equals("stream-room-messages") && rid.equals(e.eventName())) pushed.add(e.arg(0));
            });
            realtime.watchRoom(rid).get(5, TimeUnit.SECONDS);

            JsonNode image = visitor.uploadFile(rid, token, "cat.png", "image/png", png, "My cat");
            JsonNode document = visitor.uploadFile(rid, token, "Rechnung März #3.pdf", "application/pdf", pdf, null);

            JsonNode first = pushed.poll(5, TimeUnit.SECONDS);
            JsonNode second = pushed.poll(5, TimeUnit.SECONDS);
            assertThat(first).as("the image message on the agent's stream").isNotNull();
            assertThat(second).as("the pdf message on the agent's stream").isNotNull();
            assertThat(first.path("_id").asText()).isEqualTo(image.path("_id").asText());
            assertThat(second.path("_id").asText()).isEqualTo(document.path("_id").asText());
            assertThat(first.path("ts").path("$date").isIntegralNumber()).as("EJSON date: %s", first).isTrue();
            assertThat(first.path("attachments")).isEqualTo(image.path("attachments"));
            assertThat(second.path("file")).isEqualTo(document.path("file"));

            BinaryResponse gotImage = alice.download(Uploads.link(first));
            assertThat(gotImage.status()).isEqualTo(200);
            assertThat(gotImage.body()).isEqualTo(png);
            assertThat(gotImage.header("Content-Type")).isEqualTo("image/png");
            assertThat(gotImage.header("Content-Length")).isEqualTo(String.valueOf(png.length));
            assertThat(gotImage.header("Content-Disposition")).isEqualTo("inline; filename=\"cat.png\"; filename*=UTF-8''cat.png");
            assertThat(gotImage.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(gotImage.header("Content-Security-Policy")).contains("default-src 'none'", "sandbox");
            BinaryResponse gotPdf = alice.download(Uploads.link(second));
            assertThat(gotPdf.body()).isEqualTo(pdf);
            assertThat(gotPdf.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(gotPdf.header("Content-Disposition")).isEqualTo(
                    "attachment; filename=\"Rechnung M_rz #3.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz%20%233.pdf");
        }
    }

    @Test
    void the_upload_answer_is_the_file_message_in_rocket_chats_shape() {
        byte[] png = Uploads.png();

        JsonNode m = visitor.uploadFile(rid, token, "cat.png", "image/png", png, "My cat");

        assertThat(m.path("success").asBoolean()).isTrue();
        assertThat(m.path("newRoom")).isEqualTo(json("false"));
        assertThat(m.path("showConnecting")).isEqualTo(json("false"));
        assertThat(m.path("rid").asText()).isEqualTo(rid);
        assertThat(m.path("msg").asText()).isEmpty();
        assertThat(m.path("token").asText()).isEqualTo(token);
        assertThat(m.path("alias").asText()).isEqualTo("Ann");
        assertThat(m.path("u").path("_id").asText()).isEqualTo(visitorId);
        assertThat(m.path("ts").asText()).matches(E2eFormats.ISO_MILLIS);
        assertThat(m.path("groupable")).isEqualTo(json("false"));
        String id = m.at("/file/_id").asText();
        assertThat(id).matches("[0-9A-Za-z]{24}");
        String link = "/file-upload/" + id + "/cat.png";
        assertThat(m.path("file")).isEqualTo(json("{'_id':'" + id + "','name':'cat.png','type':'image/png','size':"
                + png.length + ",'format':'png'}"));
        assertThat(m.path("files")).isEqualTo(json("[" + m.path("file") + "]"));
        assertThat(m.path("attachments")).isEqualTo(json("[{'title':'cat.png','title_link':'" + link
                + "','title_link_download':true,'type':'file','description':'My cat','image_url':'" + link
                + "','image_type':'image/png','image_size':" + png.length + "}]"));
    }

    @Test
    void history_shows_file_messages_like_the_upload_answer_and_counts_them_on_the_room() {
        long before = roomMessages();
        JsonNode answer = visitor.uploadFile(rid, token, "notes.txt", "text/plain", "hello".getBytes(), null);

        JsonNode newest = visitor.messagesHistory(rid, token, Map.of()).at("/messages/0");

        ObjectNode expected = answer.deepCopy();
        expected.remove(List.of("success", "newRoom", "showConnecting"));
        assertThat(newest).isEqualTo(expected);
        assertThat(newest.at("/attachments/0")).isEqualTo(json("{'title':'notes.txt','title_link':'" + Uploads.link(answer)
                + "','title_link_download':true,'type':'file','format':'txt','size':5}"));
        assertThat(roomMessages()).isEqualTo(before + 1);
    }

    @Test
    void the_visitor_downloads_with_its_token_in_the_header_the_query_or_a_cookie() {
        byte[] pdf = Uploads.pdf(10_000);
        String link = Uploads.link(visitor.uploadFile(rid, token, "a.pdf", "application/pdf", pdf, null));
        RocketChatLivechat anon = server.client();

        assertThat(anon.download(link, Map.of("x-visitor-token", token)).body()).isEqualTo(pdf);
        assertThat(anon.download(link + "?rc_room_type=l&rc_token=" + token).body()).isEqualTo(pdf);
        assertThat(anon.download(link, Map.of("Cookie", "rc_room_type=l; rc_rid=" + rid + "; rc_token=" + token)).body())
                .isEqualTo(pdf);
        visitor.closeRoom(rid, token);
        assertThat(anon.download(link, Map.of("x-visitor-token", token)).status())
                .as("a closed room's files stay readable, as its history does").isEqualTo(200);
    }

    @Test
    void the_serving_agent_uploads_and_the_visitor_gets_the_file_message_and_the_file() {
        byte[] pdf = Uploads.pdf(70_000);

        JsonNode answer = alice.roomsUpload(rid, "offer.pdf", "application/pdf", pdf, "Our offer", "Here you go");

        JsonNode m = answer.path("message");
        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(m.path("msg").asText()).isEqualTo("Here you go");
        assertThat(m.path("u")).isEqualTo(json("{'_id':'" + alice.userId() + "','username':'alice','name':'Agent alice'}"));
        assertThat(m.has("token")).isFalse();
        assertThat(m.at("/attachments/0/description").asText()).isEqualTo("Our offer");
        assertThat(m.at("/file/size").asLong()).isEqualTo(pdf.length);
        JsonNode newest = visitor.messagesHistory(rid, token, Map.of()).at("/messages/0");
        assertThat(newest.path("_id")).isEqualTo(m.path("_id"));
        assertThat(texts(visitor.messagesHistory(rid, token, Map.of()).get("messages"), "msg")).contains("Here you go");
        assertThat(server.client().download(Uploads.link(m) + "?rc_token=" + token).body()).isEqualTo(pdf);
    }

    @Test
    void livechat_config_reports_whether_visitors_may_upload() {
        assertThat(visitor.config(null).at("/config/settings/fileUpload").asBoolean()).isTrue();

        admin.settingsUpdate("Livechat_fileupload_enabled", false);
        assertThat(visitor.config(null).at("/config/settings/fileUpload").asBoolean()).isFalse();
        admin.settingsUpdate("Livechat_fileupload_enabled", true);
        admin.settingsUpdate("FileUpload_Enabled", false);
        assertThat(visitor.config(null).at("/config/settings/fileUpload").asBoolean()).isFalse();
    }

    private long roomMessages() { return E2e.roomById(admin, rid).path("msgs").asLong(); }
}
