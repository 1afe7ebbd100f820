package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.CrmDataStore;
import java.time.Instant;
import java.util.Optional;

/** {@link CrmDataStore} on the {@code room_crm_data} table (migration V12). */
final class CrmDataRepository implements CrmDataStore {
    private final Tx tx;

    CrmDataRepository(Tx tx) { this.tx = tx; }

    @Override
    public void save(String roomId, String data, Instant at) {
        tx.execute(tx.update("INSERT INTO room_crm_data (room_id, data, updated_at) VALUES (:room, :data, :at)"
                        + " ON CONFLICT (room_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at")
                .bind("room", roomId).bind("data", data).bind("at", Columns.millis(at)));
    }

    @Override
    public Optional<String> find(String roomId) {
        return tx.query("SELECT data FROM room_crm_data WHERE room_id = :room").bind("room", roomId)
                .mapTo(String.class).findOne();
    }
}
