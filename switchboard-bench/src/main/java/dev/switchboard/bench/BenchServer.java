package dev.switchboard.bench;

import dev.switchboard.server.ConfigLoader;
import dev.switchboard.server.SwitchboardConfig;
import dev.switchboard.server.SwitchboardServer;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * A Switchboard node for one benchmark run, on 127.0.0.1 and a free port: the embedded SQLite default
 * in a fresh directory, or PostgreSQL (local database {@code test}, a fresh schema per run).
 */
final class BenchServer {
    private BenchServer() {}

    /** The configuration of a fresh node; its database exists once {@link SwitchboardServer#start()} ran. */
    static SwitchboardConfig config(boolean postgres) {
        Path dir = ScratchDirectory.create("switchboard-bench");
        var env = new HashMap<String, String>();
        env.put(ConfigLoader.envName("host"), "127.0.0.1");
        env.put(ConfigLoader.envName("port"), "0");
        env.put(ConfigLoader.envName("data-dir"), dir.toString());
        if (postgres) env.put(ConfigLoader.envName("database.url"), PostgresSchema.create());
        return ConfigLoader.load(null, env);
    }
}
