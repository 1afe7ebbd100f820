package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules an upload must pass (settings {@code FileUpload_Enabled}, {@code Livechat_fileupload_enabled},
 * {@code FileUpload_MaxFileSize}, {@code FileUpload_MediaType{White,Black}List}) and who may upload;
 * and that a refused upload leaves no file on disk, no temporary file and no message. Ann's room is
 * served by alice. Covers checklist (§7) items 4, 6, 16, 27 and 43.
 */
class FileUploadLimitsTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat alice;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann"));
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_in_upstreams_words_and_leaves_nothing_behind() {
        admin.settingsUpdate("FileUpload_MaxFileSize", 1_048_576);
        int messages = history().size();

        RocketChatException e = failure(() -> upload("big.pdf", "application/pdf", Uploads.pdf(1_048_577)));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.body()).isEqualTo(json("{'reason':'error-size-not-allowed','sizeAllowed':'1 MB','success':false}"));
        assertNothingStored(messages);
        assertThat(upload("exact.pdf", "application/pdf", Uploads.pdf(1_048_576)).at("/file/size").asLong())
                .as("exactly the limit is accepted").isEqualTo(1_048_576);
    }

    @Test
    void a_limit_under_a_kilobyte_is_worded_in_bytes_and_the_default_is_100_MB() {
        assertThat(admin.settingsGet("FileUpload_MaxFileSize").path("value").asLong()).isEqualTo(104_857_600);
        admin.settingsUpdate("FileUpload_MaxFileSize", 1000);

        RocketChatException e = failure(() -> upload("a.pdf", "application/pdf", Uploads.pdf(5000)));

        assertThat(e.body()).isEqualTo(json("{'reason':'error-size-not-allowed','sizeAllowed':'1000 B','success':false}"));
    }

    @Test
    void the_agent_is_held_to_the_same_limit_with_upstreams_meteor_error() {
        admin.settingsUpdate("FileUpload_MaxFileSize", 2048);
        int messages = history().size();

        RocketChatException e = failure(() -> alice.roomsUpload(rid, "big.pdf", "application/pdf", Uploads.pdf(4096), null, null));

        E2e.assertCodedError(e, "error-file-too-large", "File exceeds allowed size of 2 KB.");
        assertNothingStored(messages);
    }

    @Test
    void black_listed_types_are_refused_and_a_white_list_admits_only_its_types() {
        int messages = history().size();
        String svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";

        RocketChatException e = failure(() -> upload("x.svg", "image/svg+xml", svg.getBytes()));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.body()).isEqualTo(json("{'reason':'error-type-not-allowed','success':false}"));
        E2e.assertCodedError(failure(() -> alice.roomsUpload(rid, "x.svg", "Image/SVG+XML; charset=utf-8", svg.getBytes(),
                null, null)), "error-invalid-file-type", "File type is not accepted.");
        assertNothingStored(messages);

        admin.settingsUpdate("FileUpload_MediaTypeWhiteList", "image/*, text/plain");
        assertThat(failure(() -> upload("a.pdf", "application/pdf", Uploads.pdf(100))).body().path("reason").asText())
                .isEqualTo("error-type-not-allowed");
        assertThat(upload("cat.png", "image/png", Uploads.png()).at("/file/type").asText()).isEqualTo("image/png");
        assertThat(upload("a.txt", "text/plain; charset=utf-8", "hi".getBytes()).at("/file/type").asText()).isEqualTo("text/plain");
        admin.settingsUpdate("FileUpload_MediaTypeWhiteList", "");
        admin.settingsUpdate("FileUpload_MediaTypeBlackList", "application/*");
        assertThat(failure(() -> upload("a.bin", null, Uploads.pdf(100))).body().path("reason").asText())
                .as("an undeclared type counts as application/octet-stream").isEqualTo("error-type-not-allowed");
    }

    @Test
    void livechat_uploads_can_be_switched_off_for_visitors_alone_or_for_everyone() {
        int messages = history().size();
        admin.settingsUpdate("Livechat_fileupload_enabled", false);

        RocketChatException off = failure(() -> upload("a.pdf", "application/pdf", Uploads.pdf(100)));
        assertThat(off.status()).isEqualTo(400);
        assertThat(off.body()).isEqualTo(json("{'reason':'error-file-upload-disabled','success':false}"));
        assertNothingStored(messages);
        alice.roomsUpload(rid, "agent.pdf", "application/pdf", Uploads.pdf(100), null, null);

        admin.settingsUpdate("FileUpload_Enabled", false);
        admin.settingsUpdate("Livechat_fileupload_enabled", true);
        assertThat(failure(() -> upload("a.pdf", "application/pdf", Uploads.pdf(100))).body().path("reason").asText())
                .isEqualTo("error-file-upload-disabled");
        E2e.assertCodedError(failure(() -> alice.roomsUpload(rid, "b.pdf", "application/pdf", Uploads.pdf(100), null, null)),
                "error-file-upload-disabled", "File upload is disabled");
    }

    @Test
    void without_a_valid_token_for_the_open_room_a_visitor_is_unauthorized_and_nothing_is_stored() {
        String other = E2e.visitor(visitor, "Other");
        int messages = history().size();
        var unauthorized = json("{'success':false,'status':'error','error':'unauthorized','message':'unauthorized'}");

        for (String t : java.util.Arrays.asList(null, "", TestServer.newToken(), other)) {
            RocketChatException e = failure(() -> visitor.uploadFile(rid, t, "a.pdf", "application/pdf", Uploads.pdf(100), null));
            assertThat(e.status()).as("token %s", t).isEqualTo(401);
            assertThat(e.body()).as("token %s", t).isEqualTo(unauthorized);
        }
        visitor.closeRoom(rid, token);
        RocketChatException closed = failure(() -> upload("a.pdf", "application/pdf", Uploads.pdf(100)));
        assertThat(closed.status()).isEqualTo(401);
        assertThat(closed.body()).isEqualTo(unauthorized);
        assertThat(Uploads.stored(server)).isEmpty();
        assertThat(history().size()).isEqualTo(messages + 1); // only livechat-close
    }

    @Test
    void only_the_serving_agent_managers_and_administrators_may_upload_into_a_room() {
        RocketChatLivechat bob = server.onlineAgent(admin, "bob");
        RocketChatLivechat plain = server.user(admin, "plain", List.of());
        RocketChatLivechat manager = server.user(admin, "mgr", List.of("livechat-manager"));
        int messages = history().size();

        for (RocketChatLivechat outsider : List.of(bob, plain)) {
            RocketChatException e = failure(() -> outsider.roomsUpload(rid, "x.pdf", "application/pdf", Uploads.pdf(100), null, null));
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.body()).isEqualTo(json("{'success':false,'error':'unauthorized'}"));
        }
        RocketChatException unknownRoom = failure(() -> alice.roomsUpload("no-such-room", "x.pdf", "application/pdf",
                Uploads.pdf(100), null, null));
        assertThat(unknownRoom.status()).as("an unknown room looks like a forbidden one").isEqualTo(403);
        RocketChatException anonymous = failure(() -> server.client().roomsUpload(rid, "x.pdf", "application/pdf",
                Uploads.pdf(100), null, null));
        assertThat(anonymous.status()).isEqualTo(401);
        assertNothingStored(messages);

        manager.roomsUpload(rid, "m.pdf", "application/pdf", Uploads.pdf(100), null, null);
        admin.roomsUpload(rid, "a.pdf", "application/pdf", Uploads.pdf(100), null, null);
        assertThat(Uploads.stored(server)).hasSize(2);
        alice.closeRoomByUser(rid, null);
        E2e.assertPlainError(failure(() -> alice.roomsUpload(rid, "late.pdf", "application/pdf", Uploads.pdf(100), null, null)),
                "room-closed");
    }

    private com.fasterxml.jackson.databind.JsonNode upload(String name, String type, byte[] bytes) {
        return visitor.uploadFile(rid, token, name, type, bytes, null);
    }

    private List<com.fasterxml.jackson.databind.JsonNode> history() {
        return E2e.items(visitor.messagesHistory(rid, token, Map.of("limit", 1000)).get("messages"));
    }

    private void assertNothingStored(int messages) {
        assertThat(Uploads.stored(server)).as("files on disk").isEmpty();
        assertThat(Uploads.temporary(server)).as("temporary files").isEmpty();
        assertThat(history()).as("messages").hasSize(messages);
    }
}
