package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.SettingStore;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link SettingStore} on the {@code settings} table, one JSON value per row. A null value is stored
 * as JSON null and comes back as a present key with a null value.
 */
final class SettingRepository implements SettingStore {
    private final Tx tx;

    SettingRepository(Tx tx) { this.tx = tx; }

    @Override
    public Map<String, Object> loadAll() {
        Map<String, Object> values = new LinkedHashMap<>();
        tx.query("SELECT id, value FROM settings ORDER BY id")
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("value")))
                .forEach(row -> values.put(row.getKey(), tx.json.value(row.getValue())));
        return Collections.unmodifiableMap(values);
    }

    @Override
    public void put(String id, Object value, Instant at) {
        tx.execute(tx.update("INSERT INTO settings (id, value, updated_at) VALUES (:id, :value, :at)"
                        + " ON CONFLICT (id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
                .bind("id", id).bind("value", tx.json.write(value)).bind("at", Columns.millis(at)));
    }
}
