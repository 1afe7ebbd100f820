package dev.switchboard.bench;

import dev.switchboard.server.ConfigLoader;
import dev.switchboard.server.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Switchboard node in its own JVM, started the way an operator starts it ({@code java -cp … Main}), so its
 * memory can be measured apart from the load generator's: resident set from {@code /proc/<pid>/status}, heap
 * after a full GC through {@code jcmd}. Embedded SQLite in a fresh data directory, or PostgreSQL.
 * Not thread-safe; close it to stop the node.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Switchboard ready at (http://\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final String url;
    private final long readyMillis;

    private ServerProcess(Process process, String url, long readyMillis) {
        this.process = process;
        this.url = url;
        this.readyMillis = readyMillis;
    }

    /** Starts a node with the given extra JVM options and waits (up to a minute) until it logs that it is ready. */
    static ServerProcess start(boolean postgres, List<String> jvmOptions) {
        try {
            Path dir = ScratchDirectory.create("switchboard-bench-node");
            var command = new ArrayList<String>(List.of(java("java")));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", absoluteClassPath(), Main.class.getName()));
            var pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            Path log = dir.resolve("server.log");
            pb.redirectOutput(log.toFile());
            pb.environment().put(ConfigLoader.envName("host"), "127.0.0.1");
            pb.environment().put(ConfigLoader.envName("port"), "0");
            pb.environment().put(ConfigLoader.envName("data-dir"), dir.resolve("data").toString());
            if (postgres) pb.environment().put(ConfigLoader.envName("database.url"), PostgresSchema.create());
            long start = System.nanoTime();
            Process process = pb.start();
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Matcher m = READY.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (m.find()) return new ServerProcess(process, m.group(1), (System.nanoTime() - start) / 1_000_000);
                if (!process.isAlive()) throw new IllegalStateException("the node exited:\n" + Files.readString(log));
                Thread.sleep(5);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the node was not ready within 60 s:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() { return url; }

    /** From spawning the JVM to the node's "ready" log line. */
    long readyMillis() { return readyMillis; }

    /** The resident set size ({@code VmRSS}) in KiB. */
    long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the node's memory: " + e.getMessage(), e);
        }
    }

    /** Heap in use right after a full GC, in KiB, through {@code jcmd GC.run} and {@code GC.heap_info}. */
    long heapAfterGcKiB() {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) throw new IllegalStateException("jcmd GC.heap_info gave no heap figure");
        return Long.parseLong(m.group(1));
    }

    /** The first {@code lines} lines of the node's live-object histogram ({@code jcmd GC.class_histogram}). */
    String heapHistogram(int lines) {
        return jcmd("GC.class_histogram").lines().limit(lines).reduce("", (a, b) -> a + b + "\n");
    }

    private String jcmd(String command) {
        try {
            Process p = new ProcessBuilder(java("jcmd"), Long.toString(process.pid()), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IllegalStateException("jcmd " + command + " failed: " + out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd is needed to measure the heap: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tool of the running JDK ({@code java}, {@code jcmd}). */
    private static String java(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** This JVM's class path with every entry absolute: the node runs in its own directory. */
    private static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
}
