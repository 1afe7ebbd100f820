package dev.switchboard.bench;

import dev.switchboard.client.ddp.DdpClient;
import dev.switchboard.client.ddp.VisitorRealtime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The throughput load: each visitor's DDP client keeps a few {@code sendMessageLivechat} calls in flight,
 * each acknowledgement sending the next, and the rate is acknowledged calls per second over the measured
 * window. The same load runs against the node and against the bare Jetty ceiling, so the two compare.
 */
final class SendLoad {
    static final int IN_FLIGHT_PER_VISITOR = 4;

    private SendLoad() {}

    /**
     * What a run gave: acknowledged calls per second, the CPU time this process (node and clients
     * together) spent per acknowledged call, which other load on the machine disturbs far less than the rate,
     * and the node's {@code store-writer} thread's CPU time per call (NaN where there is no such thread).
     */
    record Rate(double callsPerSecond, double cpuMicrosPerCall, double writerMicrosPerCall) {}

    private static final String WRITER_THREAD = "store-writer";

    /** Runs the load; throws when any call failed or none was acknowledged. */
    static Rate run(String url, List<LiveRooms.Room> rooms, Duration warmup, Duration measured) {
        List<DdpClient> clients = new ArrayList<>();
        var acked = new AtomicLong();
        var failed = new AtomicLong();
        var running = new AtomicBoolean(true);
        try {
            for (LiveRooms.Room room : rooms) {
                DdpClient ddp = DdpClient.connect(URI.create(url));
                clients.add(ddp);
                var visitor = new VisitorRealtime(ddp, room.token());
                var ids = new AtomicLong();
                for (int i = 0; i < IN_FLIGHT_PER_VISITOR; i++) sendLoop(visitor, room, ids, running, acked, failed);
            }
            Sleep.of(warmup);
            long start = acked.get();
            long cpu0 = ProcessCpu.nanos();
            long writer0 = ThreadCpu.nanos(WRITER_THREAD);
            long t0 = System.nanoTime();
            Sleep.of(measured);
            long calls = acked.get() - start;
            double rate = calls / ((System.nanoTime() - t0) / 1e9);
            double cpuMicros = (ProcessCpu.nanos() - cpu0) / 1e3 / Math.max(1, calls);
            long writer1 = ThreadCpu.nanos(WRITER_THREAD);
            double writerMicros = writer0 < 0 || writer1 < 0 ? Double.NaN : (writer1 - writer0) / 1e3 / Math.max(1, calls);
            running.set(false);
            Sleep.of(Duration.ofMillis(500)); // let the calls in flight finish before anything else runs
            if (failed.get() > 0) throw new IllegalStateException("throughput: " + failed.get() + " sends failed");
            if (rate <= 0) throw new IllegalStateException("throughput: no message was acknowledged");
            return new Rate(rate, cpuMicros, writerMicros);
        } finally {
            clients.forEach(DdpClient::close);
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
