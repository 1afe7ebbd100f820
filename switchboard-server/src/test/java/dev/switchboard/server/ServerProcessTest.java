package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

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
        Path log = dir.resolve("server.log");
        pb.redirectOutput(log.toFile());
        pb.environment().put("SWITCHBOARD_PORT", "0");
        pb.environment().put("SWITCHBOARD_HOST", "127.0.0.1");
        pb.environment().put("SWITCHBOARD_DATA_DIR", data.toString());
        Process process = pb.start();
        try {
            String url = awaitReadyLine(log, process);
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
            assertThat(Files.readString(log)).contains("Switchboard stopped");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitReadyLine(Path log, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = READY.matcher(text);
            if (m.find()) return m.group(1);
            if (!process.isAlive()) throw new AssertionError("server exited before it was ready:\n" + text);
            Thread.sleep(100);
        }
        throw new AssertionError("server not ready within 60 s:\n" + Files.readString(log));
    }
}
