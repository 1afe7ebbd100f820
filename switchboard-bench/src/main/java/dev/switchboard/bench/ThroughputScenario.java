package dev.switchboard.bench;

import dev.switchboard.server.SwitchboardConfig;
import dev.switchboard.server.SwitchboardServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Durable throughput: visitors send {@code sendMessageLivechat} over DDP with a few calls in flight each;
 * a call's result arrives only after the message's transaction committed, so acknowledged messages per
 * second is the durable rate. In the same run: the raw batched-insert ceiling on the same database, and
 * the same clients and load against a bare Jetty DDP server, the transport's ceiling.
 */
final class ThroughputScenario {
    private ThroughputScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int visitors = options.pick(4, 50, 100);
        // Long enough for the JIT: C2 still took a quarter of the CPU 20 s into a run with a 5 s warm-up.
        Duration warmup = Duration.ofSeconds(options.pick(1, 5, 15));
        Duration measured = Duration.ofSeconds(options.pick(2, 8, 20));
        SwitchboardConfig config = BenchServer.config(options.postgres());
        var server = new SwitchboardServer(config).start();
        SendLoad.Rate durable;
        double ceiling;
        double singleRow;
        try {
            var rooms = LiveRooms.create(server.url(), visitors);
            durable = SendLoad.run(server.url(), rooms.rooms(), warmup, measured);
            ceiling = RawInserts.rowsPerSecond(config.effectiveDatabaseUrl(), measured, RawInserts.BATCH);
            singleRow = RawInserts.rowsPerSecond(config.effectiveDatabaseUrl(), measured, 1);
        } finally {
            server.close();
        }
        SendLoad.Rate transport;
        try (var bare = new BareJettyDdp()) {
            var rooms = IntStream.range(0, visitors)
                    .mapToObj(i -> new LiveRooms.Room(UUID.randomUUID().toString(), "room-" + i)).toList();
            transport = SendLoad.run(bare.url(), rooms, warmup, measured);
        }
        String setting = options.database() + ", " + visitors + " DDP visitors × " + SendLoad.IN_FLIGHT_PER_VISITOR
                + " calls in flight, " + measured.toSeconds() + " s";
        return List.of(
                new ResultTable.Row("Durable throughput: visitor messages acknowledged after commit",
                        String.format("%,.0f msg/s (%.0f%% of ceiling; CPU %,.0f µs per message, node and clients;"
                                        + " store-writer thread %,.1f µs)", durable.callsPerSecond(),
                                100 * durable.callsPerSecond() / ceiling, durable.cpuMicrosPerCall(),
                                durable.writerMicrosPerCall()),
                        "≥ 20,000 msg/s and ≥ 50% of ceiling", setting),
                new ResultTable.Row("Ceiling: raw batched inserts, same database",
                        String.format("%,.0f rows/s", ceiling), "—",
                        options.database() + ", JDBC batches of " + RawInserts.BATCH + " rows per transaction"),
                new ResultTable.Row("Reference: raw inserts, one row per transaction, same database",
                        String.format("%,.0f rows/s", singleRow), "—",
                        options.database() + ", what a transaction per message costs the database alone"),
                new ResultTable.Row("Ceiling: bare Jetty 12 DDP server, same clients and load",
                        String.format("%,.0f calls/s (CPU %,.0f µs per call, server and clients)",
                                transport.callsPerSecond(), transport.cpuMicrosPerCall()), "—",
                        "no store: what the clients and the WebSocket transport allow on this machine"));
    }
}
