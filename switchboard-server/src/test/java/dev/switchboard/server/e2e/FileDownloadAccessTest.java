package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.BinaryResponse;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.core.files.FileIds;
import dev.switchboard.server.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may download an uploaded file ({@code GET /file-upload/:id/:name}): the room's visitor, the
 * serving agent, managers and administrators; and that every other caller gets the very answer an
 * id that never existed gets (404 {@code Resource not found}), so nothing tells a stranger which ids
 * exist. Ann's room is served by alice; bob is another agent. Covers checklist (§7) items 15 and 16
 * for downloads.
 */
class FileDownloadAccessTest {
    private static TestServer server;
    private static RocketChatLivechat admin;
    private static RocketChatLivechat alice;
    private static RocketChatLivechat bob;
    private static String token;
    private static String rid;
    private static String link;
    private static byte[] content;

    @BeforeAll
    static void a_file_in_anns_room() {
        server = TestServer.start();
        admin = server.admin();
        alice = server.onlineAgent(admin, "alice");
        bob = server.onlineAgent(admin, "bob");
        RocketChatLivechat visitor = server.client();
        token = TestServer.newToken();
        visitor.registerVisitor(token, Map.of("name", "Ann"));
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
        content = Uploads.pdf(20_000);
        link = Uploads.link(visitor.uploadFile(rid, token, "contract.pdf", "application/pdf", content, null));
    }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void the_visitor_the_serving_agent_a_manager_and_an_administrator_may_download() {
        RocketChatLivechat manager = server.user(admin, "mgr", List.of("livechat-manager"));

        for (BinaryResponse r : List.of(server.client().download(link, Map.of("x-visitor-token", token)),
                alice.download(link), manager.download(link), admin.download(link))) {
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(content);
        }
    }

    @Test
    void user_credentials_also_work_as_rocket_chat_clients_send_them_in_the_query_or_in_cookies() {
        RocketChatLivechat anon = server.client();

        assertThat(anon.download(link + "?rc_uid=" + alice.userId() + "&rc_token=" + alice.authToken()).body())
                .isEqualTo(content);
        assertThat(anon.download(link, Map.of("Cookie", "rc_uid=" + alice.userId() + "; rc_token=" + alice.authToken()))
                .body()).isEqualTo(content);
        assertThat(anon.download(link, Map.of("X-User-Id", alice.userId(), "X-Auth-Token", alice.authToken())).body())
                .isEqualTo(content);
    }

    @Test
    void nobody_else_can_download_and_each_refusal_looks_exactly_like_a_file_that_does_not_exist() {
        RocketChatLivechat anon = server.client();
        RocketChatLivechat plain = server.user(admin, "plain", List.of());
        String other = E2e.visitor(anon, "Other");
        E2e.visitorRoom(anon, other);
        String id = link.split("/")[2];
        String mutated = id.substring(0, 23) + (id.charAt(23) == 'a' ? 'b' : 'a');

        Map<String, BinaryResponse> refused = new LinkedHashMap<>();
        refused.put("no credentials", anon.download(link));
        refused.put("another visitor's token in the header", anon.download(link, Map.of("x-visitor-token", other)));
        refused.put("another visitor's token in the query", anon.download(link + "?rc_room_type=l&rc_token=" + other));
        refused.put("another visitor's token in a cookie", anon.download(link, Map.of("Cookie", "rc_token=" + other)));
        refused.put("an agent not serving the room", bob.download(link));
        refused.put("a user without livechat roles", plain.download(link));
        refused.put("the serving agent's id with a wrong auth token",
                anon.download(link, Map.of("X-User-Id", alice.userId(), "X-Auth-Token", "wrong")));
        refused.put("the visitor's token taken as a user's", anon.download(link + "?rc_uid=" + alice.userId() + "&rc_token=" + token));
        refused.put("a guessed id", alice.download("/file-upload/" + FileIds.newId() + "/contract.pdf"));
        refused.put("a mutated id", alice.download("/file-upload/" + mutated + "/contract.pdf"));
        refused.put("a message id", alice.download("/file-upload/" + rid + "/contract.pdf"));
        refused.put("a path in the id", alice.download("/file-upload/..%2F..%2Fswitchboard.db/x"));
        refused.put("the room's token for a guessed id", anon.download("/file-upload/" + FileIds.newId() + "/x?rc_token=" + token));

        BinaryResponse unknown = anon.download("/file-upload/" + FileIds.newId() + "/contract.pdf");
        assertThat(unknown.status()).isEqualTo(404);
        JsonNode notFound = E2e.json(unknown.text());
        assertThat(notFound).isEqualTo(E2e.json("{'success':false,'error':'Resource not found'}"));
        refused.forEach((who, r) -> {
            assertThat(r.status()).as(who).isEqualTo(404);
            assertThat(E2e.json(r.text())).as(who).isEqualTo(notFound);
            assertThat(r.header("Content-Disposition")).as(who).isNull();
        });
    }

    @Test
    void a_bare_file_id_path_or_a_post_is_not_a_download() {
        String id = link.split("/")[2];

        assertThat(alice.download("/file-upload/" + id).status()).isEqualTo(404);
        assertThat(alice.raw("POST", link, "{}", Map.of()).status()).isEqualTo(404);
    }
}
