package dev.switchboard.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code switchboard} command: starts a node and stops it cleanly on SIGTERM or Ctrl-C. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, version = "Switchboard " + SwitchboardServer.VERSION,
        description = "Self-hosted live-chat and customer-support server.")
public final class Main implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE",
            description = "TOML configuration file (default: ./switchboard.toml when present).")
    private Path config;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        SwitchboardConfig cfg;
        try {
            cfg = ConfigLoader.load(config, System.getenv());
        } catch (ConfigLoader.ConfigException e) {
            System.err.println("switchboard: configuration error: " + e.getMessage());
            return 2;
        }
        SwitchboardServer server = new SwitchboardServer(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
            // The JVM reports a signal-initiated exit as 143; a completed graceful stop is a success
            // for process supervisors, so end with 0 once everything is closed.
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }, "switchboard-shutdown"));
        try {
            server.start();
        } catch (ConfigLoader.ConfigException | IllegalArgumentException e) {
            System.err.println("switchboard: cannot start: " + e.getMessage());
            return 2;
        }
        stopped.await();
        return 0;
    }
}
