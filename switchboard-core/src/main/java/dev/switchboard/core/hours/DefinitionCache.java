package dev.switchboard.core.hours;

import dev.switchboard.core.store.Store;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every department's business hours in memory, because routing asks {@code isOpen} for each decision.
 * The whole map is reloaded after a local write ({@link #invalidate}) and at the latest after
 * {@link #LIFETIME_NANOS}, which bounds how long another node's change goes unseen. A load that
 * overlapped a write is used once but not kept, so a stale map is never installed. Thread-safe.
 */
final class DefinitionCache {
    static final long LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Snapshot(long generation, long loadedAt, Map<String, BusinessHours> byDepartment) {}

    private final Store store;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    DefinitionCache(Store store) { this.store = store; }

    /** Every definition by department id; unmodifiable. */
    Map<String, BusinessHours> definitions() {
        long g = generation.get();
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && s.generation() == g && now - s.loadedAt() < LIFETIME_NANOS) return s.byDepartment();
        Map<String, BusinessHours> loaded = Map.copyOf(store.read(tx -> tx.businessHours().listAll()));
        // Installed only if no write happened since g was read: the load may predate that write.
        if (generation.get() == g) snapshot = new Snapshot(g, now, loaded);
        return loaded;
    }

    /** Called after a write has committed. */
    void invalidate() { generation.incrementAndGet(); }
}
