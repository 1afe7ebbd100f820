package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Presence;
import dev.switchboard.core.store.PresenceStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PresenceStore} on the {@code agent_sockets} and {@code agent_departures} tables (V11). */
final class PresenceRepository implements PresenceStore {
    private final Tx tx;

    PresenceRepository(Tx tx) { this.tx = tx; }

    @Override
    public void connected(String userId) { upsertSockets(userId, null); }

    @Override
    public void disconnected(String userId, Presence restore) { upsertSockets(userId, restore.wireName()); }

    private void upsertSockets(String userId, String restore) {
        tx.execute(tx.update("INSERT INTO agent_sockets (user_id, restore_status) VALUES (:id, :restore)"
                        + " ON CONFLICT (user_id) DO UPDATE SET restore_status = excluded.restore_status")
                .bind("id", userId).bind("restore", restore));
    }

    @Override
    public void forgetSockets(String userId) {
        tx.execute(tx.update("DELETE FROM agent_sockets WHERE user_id = :id").bind("id", userId));
    }

    @Override
    public Optional<Optional<Presence>> sockets(String userId) {
        return tx.query("SELECT restore_status FROM agent_sockets WHERE user_id = :id").bind("id", userId)
                .map((rs, ctx) -> Optional.ofNullable(Presence.fromWire(rs.getString("restore_status"))))
                .findOne();
    }

    @Override
    public List<String> connectedUsers() {
        return tx.query("SELECT user_id FROM agent_sockets WHERE restore_status IS NULL ORDER BY user_id")
                .mapTo(String.class).list();
    }

    @Override
    public void scheduleDeparture(String userId, Instant due) {
        tx.execute(tx.update("INSERT INTO agent_departures (user_id, due_at) VALUES (:id, :due)"
                        + " ON CONFLICT (user_id) DO UPDATE SET due_at = excluded.due_at")
                .bind("id", userId).bind("due", Columns.millis(due)));
    }

    @Override
    public boolean cancelDeparture(String userId) {
        return tx.execute(tx.update("DELETE FROM agent_departures WHERE user_id = :id").bind("id", userId)) > 0;
    }

    @Override
    public Map<String, Instant> dueDepartures(Instant now) {
        Map<String, Instant> due = new LinkedHashMap<>();
        tx.query("SELECT user_id, due_at FROM agent_departures WHERE due_at <= :now ORDER BY due_at, user_id")
                .bind("now", Columns.millis(now))
                .map((rs, ctx) -> Map.entry(rs.getString("user_id"), Columns.instant(rs, "due_at")))
                .forEach(e -> due.put(e.getKey(), e.getValue()));
        return due;
    }
}
