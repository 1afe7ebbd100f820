package dev.switchboard.mediator.outbox;

import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the outbox did: the durable counts per status (from the store, the same on every node) and
 * this node's counters of deliveries, retries and failures per target since start. Served at
 * {@code GET /live-agents/outbox/metrics}. Thread-safe.
 */
public final class OutboxMetrics {
    private final Store store;
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public OutboxMetrics(Store store) { this.store = store; }

    void delivered(String target) { count(target + ".delivered"); }

    void retried(String target) { count(target + ".retried"); }

    void failed(String target) { count(target + ".failed"); }

    private void count(String name) { counters.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet(); }

    /** {@code pending}, {@code delivered}, {@code failed} (durable), then {@code node.<target>.<what>}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        store.read(tx -> tx.outbox().counts()).forEach((status, n) -> out.put(status.name().toLowerCase(java.util.Locale.ROOT), n));
        new java.util.TreeMap<>(counters).forEach((k, v) -> out.put("node." + k, v.get()));
        return out;
    }

    /** The durable count of one status. */
    public long count(OutboxItem.Status status) { return store.read(tx -> tx.outbox().counts()).get(status); }
}
