package dev.switchboard.bench;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Idle visitor sockets one node holds: the node runs in its own JVM so its heap and resident set are its
 * own; heap after a full GC is taken before and after the sockets open, and the difference divided by the
 * sockets held is the heap per socket. The count is the target (100,000) or what the open-file limit lets a
 * process hold, whichever is lower: every socket is a descriptor on both sides, and that limit cannot be
 * raised from inside an unprivileged process beyond its hard limit.
 */
final class ConnectionsScenario {
    private static final int SOURCE_ADDRESSES = 4;
    private static final int SPARE_DESCRIPTORS = 1_000; // jars, database, selectors, pipes

    private ConnectionsScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        long fdLimit = maxDescriptors();
        int wanted = options.pick(200, 5_000, 100_000);
        int count = (int) Math.min(wanted, fdLimit - SPARE_DESCRIPTORS);
        Duration within = Duration.ofSeconds(options.pick(30, 45, 180));
        // A fixed heap, as bin/bench gives the in-process scenarios, keeps heap figures comparable.
        try (var node = ServerProcess.start(options.postgres(), List.of("-Xms1g", "-Xmx1g"));
             var sockets = new IdleSockets(SOURCE_ADDRESSES)) {
            long heapBefore = node.heapAfterGcKiB();
            long rssBefore = node.rssKiB();
            long t0 = System.nanoTime();
            long held = sockets.open(node.url(), count, within);
            long openMillis = (sockets.lastHeldAt() - t0) / 1_000_000; // a straggler waiting out the bound is not opening time
            Sleep.of(Duration.ofSeconds(1));
            long heapAfter = node.heapAfterGcKiB();
            // -Dbench.histogram=true shows where the per-socket heap goes (the profile behind the figure).
            if (Boolean.getBoolean("bench.histogram")) System.err.println(node.heapHistogram(25));
            long rssAfter = node.rssKiB();
            held = sockets.held();
            if (held == 0) throw new IllegalStateException("connections: no socket was held (" + sockets.failed() + " failed)");
            double heapPerSocket = (heapAfter - heapBefore) * 1024.0 / held;
            double rssPerSocket = (rssAfter - rssBefore) * 1024.0 / held;
            String setting = String.format("%s, %d loopback source addresses, open-file limit %,d per process, opened in %,d ms",
                    options.database(), SOURCE_ADDRESSES, fdLimit, openMillis);
            return List.of(
                    new ResultTable.Row("Idle visitor DDP sockets held by one node",
                            String.format("%,d of %,d attempted (%,d failed)", held, count, sockets.failed()),
                            "100,000", setting),
                    new ResultTable.Row("Heap per idle socket (after full GC)",
                            String.format("%,.1f KiB (RSS %,.1f KiB)", heapPerSocket / 1024, rssPerSocket / 1024),
                            "< 8 KiB", String.format("node heap %,d → %,d KiB", heapBefore, heapAfter)));
        }
    }

    /** The open-file limit of this process (the JVM raises its soft limit to the hard limit at start). */
    static long maxDescriptors() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return 10_000;
    }
}
