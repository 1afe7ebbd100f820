package dev.switchboard.bench;

import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.VisitorRealtime;
import dev.switchboard.server.SwitchboardConfig;
import dev.switchboard.server.SwitchboardServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable throughput: visitors send {@code sendMessageLivechat} over DDP with a few calls in flight each;
 * a call's result arrives only after the message's transaction committed, so acknowledged messages per
 * second is the durable rate. In the same run, on the same database, the raw batched-insert ceiling.
 */
final class ThroughputScenario {
    private static final int IN_FLIGHT_PER_VISITOR = 4;

    private ThroughputScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int visitors = options.pick(4, 50, 100);
        Duration warmup = Duration.ofSeconds(options.pick(1, 3, 5));
        Duration measured = Duration.ofSeconds(options.pick(2, 8, 20));
        SwitchboardConfig config = BenchServer.config(options.postgres());
        var server = new SwitchboardServer(config).start();
        List<DdpClient> clients = new ArrayList<>();
        try {
            var rooms = LiveRooms.create(server.url(), visitors);
            var acked = new AtomicLong();
            var failed = new AtomicLong();
            var running = new AtomicBoolean(true);
            for (LiveRooms.Room room : rooms.rooms()) {
                DdpClient ddp = DdpClient.connect(URI.create(server.url()));
                clients.add(ddp);
                var visitor = new VisitorRealtime(ddp, room.token());
                var ids = new AtomicLong();
                for (int i = 0; i < IN_FLIGHT_PER_VISITOR; i++) {
                    sendLoop(visitor, room, ids, running, acked, failed);
                }
            }
            Sleep.of(warmup);
            long start = acked.get();
            long t0 = System.nanoTime();
            Sleep.of(measured);
            double durable = (acked.get() - start) / ((System.nanoTime() - t0) / 1e9);
            running.set(false);
            Sleep.of(Duration.ofMillis(500)); // let the calls in flight finish before the ceiling runs
            if (failed.get() > 0) throw new IllegalStateException("throughput: " + failed.get() + " sends failed");
            if (durable <= 0) throw new IllegalStateException("throughput: no message was acknowledged");

            double ceiling = RawInserts.rowsPerSecond(config.effectiveDatabaseUrl(), measured, RawInserts.BATCH);
            double singleRow = RawInserts.rowsPerSecond(config.effectiveDatabaseUrl(), measured, 1);
            String setting = options.database() + ", " + visitors + " DDP visitors × " + IN_FLIGHT_PER_VISITOR
                    + " calls in flight, " + measured.toSeconds() + " s";
            return List.of(
                    new ResultTable.Row("Durable throughput: visitor messages acknowledged after commit",
                            String.format("%,.0f msg/s (%.0f%% of ceiling)", durable, 100 * durable / ceiling),
                            "≥ 20,000 msg/s and ≥ 50% of ceiling", setting),
                    new ResultTable.Row("Ceiling: raw batched inserts, same database",
                            String.format("%,.0f rows/s", ceiling), "—",
                            options.database() + ", JDBC batches of " + RawInserts.BATCH + " rows per transaction"),
                    new ResultTable.Row("Reference: raw inserts, one row per transaction, same database",
                            String.format("%,.0f rows/s", singleRow), "—",
                            options.database() + ", what a transaction per message costs the database alone"));
        } finally {
            clients.forEach(DdpClient::close);
            server.close();
        }
    }

    /** One chain of calls: each acknowledgement sends the next message, until the run stops. */
    private static void sendLoop(VisitorRealtime visitor, LiveRooms.Room room, AtomicLong ids, AtomicBoolean running,
                                 AtomicLong acked, AtomicLong failed) {
        if (!running.get()) return;
        String id = room.token().substring(0, 8) + "-" + ids.incrementAndGet();
        visitor.sendMessage(id, room.rid(), "message " + id).whenComplete((result, error) -> {
            if (error != null) {
                if (running.get()) failed.incrementAndGet();
                return;
            }
            acked.incrementAndGet();
            sendLoop(visitor, room, ids, running, acked, failed);
        });
    }
}
