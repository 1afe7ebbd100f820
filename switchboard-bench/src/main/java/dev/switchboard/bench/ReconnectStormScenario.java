package dev.switchboard.bench;

import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.DdpOptions;
import dev.switchboard.client.ddp.VisitorRealtime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Reconnect storm: N visitors watch their rooms over DDP, each has received one agent message; then every
 * socket is dropped at once (no close handshake, as a network failure or a load balancer restart would)
 * while the agent sends each room a second message. The clients reconnect after the same delay and resume
 * their sessions. Measured: time until every socket is up again, time until every visitor also holds the
 * message sent during the outage, lost events (by the per-session sequence numbers) and resyncs.
 * The node runs in its own JVM, so its sockets do not compete with the clients' for one process's descriptors.
 */
final class ReconnectStormScenario {
    private ReconnectStormScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int n = options.pick(20, 1_000, 10_000);
        Duration bound = Duration.ofSeconds(options.pick(30, 40, 120));
        var ddpOptions = DdpOptions.defaults().withReconnectDelay(Duration.ofMillis(200), Duration.ofSeconds(2));
        var watchers = new ArrayList<Watcher>();
        try (var node = ServerProcess.start(options.postgres(), List.of("-Xms1g", "-Xmx1g"))) {
            var live = LiveRooms.create(node.url(), n);
            try (var pool = new ForkJoinPool(8)) {
                pool.submit(() -> live.rooms().parallelStream().forEach(room -> {
                    var w = new Watcher(room, DdpClient.connect(URI.create(node.url()), ddpOptions));
                    synchronized (watchers) { watchers.add(w); }
                })).join();
                sendToEveryRoom(pool, live, "before");
                awaitAll(watchers, 1, bound);

                long t0 = System.nanoTime();
                watchers.forEach(w -> w.ddp().killSocket());
                var during = CompletableFuture.runAsync(() -> sendToEveryRoom(pool, live, "during"));
                long reconnected = await(() -> watchers.stream().allMatch(w -> w.ddp().isConnected()), bound, t0);
                during.join();
                long recovered = awaitAll(watchers, 2, Duration.ofNanos(bound.toNanos() - (System.nanoTime() - t0))) ? ms(t0) : -1;
                long lost = watchers.stream().mapToLong(Watcher::lost).sum();
                long resyncs = watchers.stream().mapToLong(Watcher::resyncs).sum();
                if (recovered < 0 && lost == 0) throw new IllegalStateException("reconnect: not recovered within " + bound);
                String setting = String.format("%s, %,d visitors, reconnect after 200 ms, 1 event per room during the outage",
                        options.database(), n);
                return List.of(
                        new ResultTable.Row("Reconnect storm: all sockets up again", String.format("%,d ms", reconnected), "—", setting),
                        new ResultTable.Row("Reconnect storm: full recovery (resumed, outage events delivered)",
                                recovered < 0 ? "not within " + bound.toSeconds() + " s" : String.format("%,d ms", recovered),
                                "—", setting),
                        new ResultTable.Row("Reconnect storm: lost events / resyncs",
                                String.format("%,d / %,d", lost, resyncs), "0 lost", setting));
            }
        } finally {
            watchers.forEach(w -> w.ddp().close());
        }
    }

    private static void sendToEveryRoom(ForkJoinPool pool, LiveRooms live, String text) {
        pool.submit(() -> live.rooms().parallelStream().forEach(r -> live.agent().chatSendMessage(r.rid(), text))).join();
    }

    /** Waits until every watcher holds {@code messages} messages; answers whether they all did in time. */
    private static boolean awaitAll(List<Watcher> watchers, int messages, Duration within) {
        return await(() -> watchers.stream().allMatch(w -> w.messages() >= messages), within, System.nanoTime()) >= 0;
    }

    /** Polls {@code done} until it holds or {@code within} passed; answers the milliseconds since {@code t0}, or -1. */
    private static long await(java.util.function.BooleanSupplier done, Duration within, long t0) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) return -1;
            Sleep.of(Duration.ofMillis(5));
        }
        return ms(t0);
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** A visitor watching its room: counts messages, sequence gaps and resyncs. */
    private static final class Watcher {
        private final DdpClient ddp;
        private volatile long messages;
        private volatile long lastSeq;
        private volatile long gaps;
        private volatile long resyncs;

        Watcher(LiveRooms.Room room, DdpClient ddp) {
            this.ddp = ddp;
            var visitor = new VisitorRealtime(ddp, room.token());
            ddp.onResync(() -> resyncs++);
            ddp.addListener(e -> { // one event thread per client: plain updates are safe
                if (e.seq() > 0) {
                    if (e.seq() != lastSeq + 1) gaps += e.seq() - lastSeq - 1;
                    lastSeq = e.seq();
                }
                if (e.collection().equals("stream-room-messages")) messages++;
            });
            visitor.setUpConnection().join();
            ddp.subscribe("stream-room-messages", room.rid(), Map.of("token", room.token(), "visitorToken", room.token())).join();
        }

        DdpClient ddp() { return ddp; }

        long messages() { return messages; }

        long resyncs() { return resyncs; }

        /** Sequence gaps, plus the outage message when it never came. */
        long lost() { return gaps + Math.max(0, 2 - messages); }
    }
}
