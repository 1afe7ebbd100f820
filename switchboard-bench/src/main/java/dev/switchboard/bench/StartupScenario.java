package dev.switchboard.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Startup and footprint: the node started as an operator starts it, in its own JVM with default options;
 * time from spawning the JVM to "ready" (fresh data directory, so the schema migrations are included), and
 * the idle resident set once it settled. Several starts; the median is reported.
 */
final class StartupScenario {
    private StartupScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int starts = options.pick(1, 3, 5);
        var ready = new ArrayList<Long>();
        var rss = new ArrayList<Long>();
        for (int i = 0; i < starts; i++) {
            try (var node = ServerProcess.start(options.postgres(), List.of())) {
                ready.add(node.readyMillis());
                Sleep.of(Duration.ofSeconds(options.pick(1, 2, 5))); // idle: let start-up work and JIT settle
                rss.add(node.rssKiB());
            }
        }
        String setting = options.database() + ", fresh data directory, default JVM options, median of " + starts;
        return List.of(
                new ResultTable.Row("Startup: JVM spawn → ready", String.format("%,d ms", median(ready)), "—", setting),
                new ResultTable.Row("Idle footprint (RSS)", String.format("%,d MiB", median(rss) / 1024), "—", setting));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
