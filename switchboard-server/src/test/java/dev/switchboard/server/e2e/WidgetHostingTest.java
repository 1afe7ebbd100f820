package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.api.rocketchat.widget.WidgetBuild;
import dev.switchboard.client.rocketchat.RawResponse;
import dev.switchboard.server.ConfigLoader;
import dev.switchboard.server.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosting of the widget build over plain HTTP (rocketchat-livechat.md §6.4), with a small stand-in
 * for the npm {@code build/} directory: the page with {@code SERVER_URL}, the files with their
 * content types, the trailing-slash redirect, traversal, avatars, and a server without a widget.
 * Covers checklist (§7) items 75, 76, 77 and 78.
 */
class WidgetHostingTest {
    private static final String INDEX = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Rocket.Chat.Livechat</title></head>"
            + "<body><script src=\"livechat/bundle.31a95.js\"></script></body></html>";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    @TempDir static Path dir;
    private static Path build;
    private static TestServer server;

    @BeforeAll
    static void up() throws IOException {
        build = Files.createDirectories(dir.resolve("build"));
        Files.writeString(build.resolve("index.html"), INDEX);
        Files.writeString(build.resolve("rocketchat-livechat.min.js"), "window.loader = 1;");
        Files.writeString(build.resolve("bundle.31a95.js"), "console.log('bundle');");
        Files.writeString(build.resolve("bundle.31a95.js.map"), "{\"version\":3}");
        Files.writeString(build.resolve("4.chunk.df723.css"), "body{margin:0}");
        Files.writeString(build.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.write(build.resolve("e9ae7973e9fdbbe4aa91df9a6a684116.png"), PNG);
        Files.writeString(build.resolve("widget-demo.html"), "<p>demo</p>");
        Files.createDirectories(build.resolve("fonts"));
        Files.write(build.resolve("fonts/icons.woff"), new byte[] {'w', 'O', 'F', 'F'});
        Files.writeString(build.resolve(".env"), "SECRET=hidden-file");
        Files.writeString(dir.resolve("secret.txt"), "outside-the-build");
        Files.createSymbolicLink(build.resolve("escape.txt"), dir.resolve("secret.txt"));
        server = TestServer.start(c -> c.withLivechatWidgetDir(build));
    }

    @AfterAll
    static void down() { server.close(); }

    private static RawResponse get(String pathAndQuery) { return server.client().raw("GET", pathAndQuery, null, Map.of()); }

    @Test
    void the_widget_page_is_the_builds_index_with_the_server_url_injected_right_after_body() {
        RawResponse page = get("/livechat");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).isEqualTo(INDEX.replace("<body>",
                "<body><script> SERVER_URL = 'http://127.0.0.1:" + server.port() + "'; </script>"));
    }

    @Test
    void the_server_url_follows_the_host_the_browser_used() {
        RawResponse page = raw("GET /livechat?x=1 HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<body><script> SERVER_URL = 'http://localhost:" + server.port() + "'; </script>");
    }

    @Test
    void a_host_header_that_is_not_a_host_name_is_never_written_into_the_page() {
        RawResponse page = raw("GET /livechat HTTP/1.1\r\nHost: x';alert(1)//\r\nConnection: close\r\n\r\n");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("alert");
    }

    @Test
    void a_configured_public_url_is_what_the_widget_is_told_without_its_trailing_slash() {
        try (TestServer withUrl = TestServer.start(c -> new dev.switchboard.server.SwitchboardConfig(c.host(), c.port(), c.dataDir(),
                c.databaseUrl(), c.databaseUser(), c.databasePassword(), "https://chat.example.com/", c.maxBodyBytes(), build, c.realtime()))) {
            RawResponse page = withUrl.client().raw("GET", "/livechat", null, Map.of());

            assertThat(page.body()).contains("<body><script> SERVER_URL = 'https://chat.example.com'; </script><script src=");
        }
    }

    @Test
    void build_files_are_served_with_their_content_types_whatever_the_query_string() {
        RawResponse loader = get("/livechat/rocketchat-livechat.min.js?_=201903270000");
        assertThat(loader.status()).isEqualTo(200);
        assertThat(loader.body()).isEqualTo("window.loader = 1;");
        assertThat(loader.header("Content-Type").replace(" ", "")).isEqualTo("text/javascript;charset=utf-8");

        Map<String, String> expected = Map.of(
                "/livechat/bundle.31a95.js", "text/javascript;charset=utf-8",
                "/livechat/bundle.31a95.js.map", "application/json;charset=utf-8",
                "/livechat/4.chunk.df723.css?v=2", "text/css;charset=utf-8",
                "/livechat/logo.svg", "image/svg+xml",
                "/livechat/e9ae7973e9fdbbe4aa91df9a6a684116.png", "image/png",
                "/livechat/widget-demo.html", "text/html;charset=utf-8",
                "/livechat/fonts/icons.woff", "font/woff");
        expected.forEach((path, type) -> {
            RawResponse file = get(path);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.header("Content-Type").replace(" ", "")).as(path).isEqualTo(type);
        });
        assertThat(bytes("/livechat/e9ae7973e9fdbbe4aa91df9a6a684116.png")).isEqualTo(PNG);
    }

    private static byte[] bytes(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_page_with_a_trailing_slash_redirects_to_the_page_keeping_the_query_string() {
        RawResponse bare = get("/livechat/");
        assertThat(bare.status()).isEqualTo(302);
        assertThat(bare.header("Location")).isEqualTo("/livechat");

        RawResponse withQuery = get("/livechat/?serverUrl=http%3A%2F%2Fchat&a=1");
        assertThat(withQuery.status()).isEqualTo(302);
        assertThat(withQuery.header("Location")).isEqualTo("/livechat?serverUrl=http%3A%2F%2Fchat&a=1");
    }

    @Test
    void missing_files_answer_404() {
        assertThat(get("/livechat/nope.js").status()).isEqualTo(404);
        assertThat(get("/livechat/fonts").status()).isEqualTo(404);
    }

    @Test
    void nothing_outside_the_build_directory_nor_a_hidden_file_can_be_read() {
        List<String> targets = List.of("/livechat/../secret.txt", "/livechat/%2e%2e/secret.txt", "/livechat/..%2fsecret.txt",
                "/livechat/%2e%2e%2fsecret.txt", "/livechat/fonts/../../secret.txt", "/livechat/..%5csecret.txt",
                "/livechat//" + dir.resolve("secret.txt"), "/livechat/escape.txt", "/livechat/.env", "/livechat/%2eenv");
        for (String target : targets) {
            RawResponse answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(target).isBetween(400, 499);
            assertThat(answer.body()).as(target).doesNotContain("outside-the-build").doesNotContain("hidden-file");
        }
    }

    @Test
    void the_build_refuses_relative_paths_that_leave_it_before_any_http_normalization() {
        WidgetBuild widget = WidgetBuild.open(build);

        assertThat(widget.file("bundle.31a95.js")).isPresent();
        assertThat(widget.file("fonts/icons.woff")).isPresent();
        for (String path : List.of("../secret.txt", "fonts/../../secret.txt", dir.resolve("secret.txt").toString(),
                "escape.txt", ".env", "fonts/./../.env", "..\\secret.txt", "bundle.31a95.js\0", "", "fonts")) {
            assertThat(widget.file(path)).as(path).isEmpty();
        }
    }

    @Test
    void avatars_are_pictures_of_the_initial() {
        RawResponse avatar = get("/avatar/alice");

        assertThat(avatar.status()).isEqualTo(200);
        assertThat(avatar.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(avatar.body()).startsWith("<svg").contains(">A</text>");
        assertThat(get("/avatar/%3Cscript%3E").body()).contains(">?</text>").doesNotContain("<script");
    }

    @Test
    void without_a_widget_directory_the_widget_paths_answer_404_naming_the_setting() {
        try (TestServer plain = TestServer.start()) {
            for (String path : List.of("/livechat", "/livechat/rocketchat-livechat.min.js?_=1")) {
                RawResponse answer = plain.client().raw("GET", path, null, Map.of());
                assertThat(answer.status()).as(path).isEqualTo(404);
                assertThat(answer.body()).as(path).contains("livechat.widget-dir").contains("SWITCHBOARD_LIVECHAT_WIDGET_DIR");
            }
            assertThat(plain.client().raw("GET", "/avatar/bob", null, Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    void a_widget_directory_without_index_html_stops_the_start_with_a_hint() {
        assertThatThrownBy(() -> TestServer.start(c -> c.withLivechatWidgetDir(dir)))
                .isInstanceOf(ConfigLoader.ConfigException.class)
                .hasMessageContaining("livechat.widget-dir").hasMessageContaining("has no index.html")
                .hasMessageContaining("did you mean " + dir.resolve("build"));
    }

    /** HTTP/1.1 over a bare socket: the JDK client would normalize or refuse these targets. */
    private static RawResponse raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(out);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            int status = Integer.parseInt(text.substring(0, split).split(" ")[1]);
            return new RawResponse(status, Map.of(), text.substring(split + 4));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
