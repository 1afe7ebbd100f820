package dev.switchboard.core.store;

import java.time.Instant;
import java.util.Map;

/**
 * Stored setting values. Values are JSON-shaped Java objects: String, Boolean, Long, Double,
 * List of those, or Map; integers always come back as Long.
 */
public interface SettingStore {
    /** Every stored value by setting id. */
    Map<String, Object> loadAll();

    /** Inserts or replaces one value. */
    void put(String id, Object value, Instant at);
}
