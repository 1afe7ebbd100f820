package dev.switchboard.core.livechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Estimates how long a waiting visitor will wait, from the pace at which its queue was served lately:
 * if the department's queue had n inquiries taken over the last span (at most {@link #WINDOW}, at least
 * a minute), the visitor at spot p waits about p × span / n. A queue with no recent service has no
 * estimate (null) rather than a made-up one. Kept in memory: after a restart the estimate rebuilds
 * itself from the next chats served. Thread-safe.
 */
public final class WaitEstimator {
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration MIN_SPAN = Duration.ofMinutes(1);
    private final Clock clock;
    private final Map<String, Deque<Instant>> served = new HashMap<>();

    public WaitEstimator(Clock clock) { this.clock = clock; }

    /** Records that an inquiry of the department (nullable) was taken at {@code at}. */
    public synchronized void served(String departmentId, Instant at) {
        Deque<Instant> times = served.computeIfAbsent(key(departmentId), k -> new ArrayDeque<>());
        times.addLast(at);
        prune(times, clock.instant());
    }

    /** @return the estimated wait in seconds for {@code spot} (1 = next), or null without recent history */
    public synchronized Long estimateSeconds(String departmentId, int spot) {
        Deque<Instant> times = served.get(key(departmentId));
        if (times == null) return null;
        Instant now = clock.instant();
        prune(times, now);
        if (times.isEmpty()) return null;
        Duration span = Duration.between(times.peekFirst(), now);
        if (span.compareTo(MIN_SPAN) < 0) span = MIN_SPAN;
        return Math.max(1, (long) Math.ceil((double) spot * span.toSeconds() / times.size()));
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) times.removeFirst();
    }

    private static String key(String departmentId) { return Objects.requireNonNullElse(departmentId, ""); }
}
