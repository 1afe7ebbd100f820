package dev.switchboard.bench;

import org.HdrHistogram.Histogram;

/**
 * Latency histograms in microseconds (1 µs to 60 s, three significant digits) and their README rendering.
 * A {@link Histogram} is not thread-safe: record from one thread, or use {@link #concurrent()}.
 */
final class Latencies {
    private static final long MAX_MICROS = 60_000_000L;

    private Latencies() {}

    static Histogram histogram() {
        return new Histogram(MAX_MICROS, 3);
    }

    static org.HdrHistogram.ConcurrentHistogram concurrent() {
        return new org.HdrHistogram.ConcurrentHistogram(MAX_MICROS, 3);
    }

    /** Records a latency in nanoseconds, clamped into the histogram's range. */
    static void recordNanos(Histogram h, long nanos) {
        h.recordValue(Math.max(1, Math.min(MAX_MICROS, nanos / 1_000)));
    }

    /** {@code p50 0.41 / p99 1.90 / p99.9 3.20 ms}. */
    static String percentiles(Histogram h) {
        return String.format("p50 %s / p99 %s / p99.9 %s ms", millis(h, 50), millis(h, 99), millis(h, 99.9));
    }

    static double p99Millis(Histogram h) {
        return h.getValueAtPercentile(99) / 1000.0;
    }

    private static String millis(Histogram h, double percentile) {
        double ms = h.getValueAtPercentile(percentile) / 1000.0;
        return ms < 10 ? String.format("%.2f", ms) : String.format("%,.0f", ms);
    }
}
