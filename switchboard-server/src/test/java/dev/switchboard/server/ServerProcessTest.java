package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code switchboard} command as an operator runs it, in its own JVM: it creates its data
 * directory, logs one line with its URL when ready, answers the health probes, and on SIGTERM stops
 * cleanly with exit code 0.
 */
class ServerProcessTest {
    private static final Pattern READY = Pattern.compile("Switchboard ready at (http://\\S+)");

    @TempDir Path dir;

    @Test
    void starts_on_the_embedded_default_serves_health_and_stops_cleanly_on_sigterm() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        var pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SWITCHBOARD_PORT", "0");
        pb.environment().put("SWITCHBOARD_HOST", "127.0.0.1");
        pb.environment().put("SWITCHBOARD_DATA_DIR", data.toString());
        Process process = pb.start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String url = awaitReadyLine(out);
            assertThat(Files.isRegularFile(data.resolve("switchboard.db"))).isTrue();
            var http = HttpClient.newHttpClient();
            for (String probe : new String[] {"/health/live", "/health/ready"}) {
                var response = http.send(HttpRequest.newBuilder(URI.create(url + probe)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("\"status\":\"UP\"");
            }
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            String rest = out.lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(rest).contains("Switchboard stopped");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitReadyLine(BufferedReader out) throws Exception {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = READY.matcher(line);
            if (m.find()) return m.group(1);
        }
        throw new AssertionError("server exited before it was ready:\n" + seen);
    }
}
