package dev.switchboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the threads of one name have used, such as the node's {@code store-writer}: every message's
 * transaction runs on that one thread, so its time per message says what a change to the write path saved
 * far more steadily than a rate does on a noisy machine.
 */
final class ThreadCpu {
    private ThreadCpu() {}

    /** @return the summed CPU time of the live threads named {@code name}, or -1 when there is none */
    static long nanos(String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = -1;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().equals(name)) continue;
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) total = Math.max(total, 0) + cpu;
        }
        return total;
    }
}
