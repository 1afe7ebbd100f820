package dev.switchboard.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console and widget files are served from the classpath, compressed, revalidated and confined to their folders. */
class WebAssetsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void up() { server = TestServer.start(); }

    @AfterAll
    static void down() { server.close(); }

    @Test
    void the_console_page_and_the_widget_loader_are_served_with_their_types() throws Exception {
        HttpResponse<String> console = get("/console", null);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(console.body()).contains("<title>Switchboard console</title>");

        HttpResponse<String> widget = get("/widget.js", null);
        assertThat(widget.statusCode()).isEqualTo(200);
        assertThat(widget.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_same_bytes_compressed() throws Exception {
        String plain = get("/console/index.html", null).body();
        HttpResponse<byte[]> zipped = HTTP.send(request("/console/index.html").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void an_unchanged_file_is_revalidated_with_a_304() throws Exception {
        String etag = get("/widget.js", null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/widget.js", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("Content-Type").orElseThrow())
                .as("a browser merges the 304's headers into its cached copy; a wrong type there breaks the next reload")
                .startsWith("text/javascript");
    }

    @Test
    void widget_files_may_be_imported_and_timed_from_any_origin() throws Exception {
        for (String path : new String[] {"/widget.js", "/widget/panel.js"}) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
            assertThat(r.headers().firstValue("Timing-Allow-Origin")).as(path).hasValue("*");
        }
        assertThat(get("/console", null).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void names_outside_the_web_folders_and_unknown_files_are_not_found() throws Exception {
        for (String path : new String[] {"/console/missing.js", "/console/..%2F..%2Flogback.xml", "/widget/../console/index.html",
                "/console/.hidden.js", "/widget/x.class", "/console/%2e%2e/widget/widget.js"}) {
            assertThat(get(path, null).statusCode()).as(path).isIn(400, 404);
        }
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder r = request(path);
        if (ifNoneMatch != null) r.header("If-None-Match", ifNoneMatch);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
    }
}
