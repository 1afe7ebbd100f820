package dev.switchboard.bench;

import dev.switchboard.client.ddp.AgentRealtime;
import dev.switchboard.server.SwitchboardServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Delivery latency, send → the agent's socket, at 1,000 and 10,000 messages/s offered (tiny runs use lower
 * rates), on Switchboard (durable: each message commits before it is published) and, in the same run, on
 * the bare Jetty ceiling with the same clients.
 */
final class LatencyScenario {
    private LatencyScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int visitors = options.pick(4, 20, 50);
        int[] rates = options.tiny() ? new int[] {100, 200} : new int[] {1_000, 10_000};
        String[] targets = {"p99 < 5 ms", "p99 < 20 ms"};
        // Long enough for the JIT to compile the message path (C2 still busy a second in).
        Duration warmup = Duration.ofMillis(options.pick(300, 5_000, 10_000));
        Duration measured = Duration.ofMillis(options.pick(1_000, 4_000, 10_000));
        Duration drain = Duration.ofSeconds(options.pick(10, 15, 30)); // bounds the run when the node falls behind
        var rows = new ArrayList<ResultTable.Row>();

        var server = new SwitchboardServer(BenchServer.config(options.postgres())).start();
        try {
            var live = LiveRooms.create(server.url(), visitors);
            String token = live.agent().authToken();
            try (var probe = new DeliveryProbe(server.url(), live.rooms(), c -> new AgentRealtime(c).login(token).join())) {
                for (int i = 0; i < rates.length; i++) {
                    var r = probe.run(rates[i], warmup, measured, drain);
                    rows.add(row("Delivery latency (Switchboard)", rates[i], r, targets[i],
                            options.database() + ", " + visitors + " visitors → 1 agent, " + measured.toSeconds() + " s"));
                }
            }
        } finally {
            server.close();
        }

        try (var bare = new BareJettyDdp()) {
            var rooms = IntStream.range(0, visitors)
                    .mapToObj(i -> new LiveRooms.Room(UUID.randomUUID().toString(), "room-" + i)).toList();
            try (var probe = new DeliveryProbe(bare.url(), rooms, c -> { })) {
                for (int rate : rates) {
                    var r = probe.run(rate, warmup, measured, drain);
                    rows.add(row("Ceiling: bare Jetty 12 WebSocket broadcast", rate, r, "—", "same DDP clients, no store"));
                }
            }
        }
        return rows;
    }

    private static ResultTable.Row row(String what, int rate, DeliveryProbe.Result r, String target, String setting) {
        String figure = Latencies.percentiles(r.latencies());
        if (r.delivered() < r.sent()) figure += String.format(" (%,d of %,d delivered in time)", r.delivered(), r.sent());
        return new ResultTable.Row(what + " at " + String.format("%,d", rate) + " msg/s", figure, target, setting);
    }
}
