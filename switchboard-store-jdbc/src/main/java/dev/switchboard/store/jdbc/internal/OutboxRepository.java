package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.store.OutboxStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link OutboxStore} on the {@code outbox} table (migration V10). */
final class OutboxRepository implements OutboxStore {
    private static final String COLUMNS = "seq, id, stream, target, kind, destination, body, room_id, status, attempts,"
            + " next_attempt_at, created_at, last_error";
    private final Tx tx;

    OutboxRepository(Tx tx) { this.tx = tx; }

    @Override
    public void add(OutboxItem i) {
        tx.execute(tx.update("INSERT INTO outbox (id, stream, target, kind, destination, body, room_id, status, attempts,"
                        + " next_attempt_at, lease_until, created_at) VALUES (:id, :stream, :target, :kind, :destination,"
                        + " :body, :roomId, :status, :attempts, :next, 0, :createdAt)")
                .bind("id", i.id()).bind("stream", i.stream()).bind("target", i.target()).bind("kind", i.kind())
                .bind("destination", i.destination()).bind("body", i.body()).bind("roomId", i.roomId())
                .bind("status", i.status().name()).bind("attempts", i.attempts())
                .bind("next", Columns.millis(i.nextAttemptAt())).bind("createdAt", Columns.millis(i.createdAt())));
    }

    @Override
    public List<OutboxItem> claimDue(Instant now, Duration lease, int limit) {
        String lock = tx.dialect.tryClusterLock();
        if (lock != null && !tx.query(lock).mapTo(Boolean.class).one()) return List.of();
        long at = now.toEpochMilli();
        // Only each stream's head: a later item of a room waits until its earlier one is delivered or failed.
        List<OutboxItem> due = tx.query("SELECT " + COLUMNS + " FROM outbox o WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= :now AND lease_until <= :now"
                        + " AND seq = (SELECT MIN(seq) FROM outbox h WHERE h.stream = o.stream AND h.status = 'PENDING')"
                        + " ORDER BY seq" + tx.dialect.limitOffset(limit, 0))
                .bind("now", at).map((rs, ctx) -> item(rs)).list();
        for (OutboxItem i : due) {
            tx.execute(tx.update("UPDATE outbox SET lease_until = :until WHERE id = :id")
                    .bind("until", at + lease.toMillis()).bind("id", i.id()));
        }
        return due;
    }

    @Override
    public void markDelivered(String id, Instant at) {
        tx.execute(tx.update("UPDATE outbox SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = :at,"
                + " lease_until = 0, last_error = NULL WHERE id = :id").bind("at", Columns.millis(at)).bind("id", id));
    }

    @Override
    public void markRetry(String id, int attempts, Instant next, String error) {
        tx.execute(tx.update("UPDATE outbox SET attempts = :attempts, next_attempt_at = :next, lease_until = 0,"
                        + " last_error = :error WHERE id = :id")
                .bind("attempts", attempts).bind("next", Columns.millis(next)).bind("error", error).bind("id", id));
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        tx.execute(tx.update("UPDATE outbox SET status = 'FAILED', attempts = :attempts, lease_until = 0,"
                + " last_error = :error WHERE id = :id").bind("attempts", attempts).bind("error", error).bind("id", id));
    }

    @Override
    public Map<OutboxItem.Status, Long> counts() {
        Map<OutboxItem.Status, Long> counts = new EnumMap<>(OutboxItem.Status.class);
        for (OutboxItem.Status s : OutboxItem.Status.values()) counts.put(s, 0L);
        tx.query("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status")
                .map((rs, ctx) -> Map.entry(OutboxItem.Status.valueOf(rs.getString("status")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public List<OutboxItem> stream(String stream) {
        return tx.query("SELECT " + COLUMNS + " FROM outbox WHERE stream = :stream ORDER BY seq")
                .bind("stream", stream).map((rs, ctx) -> item(rs)).list();
    }

    private static OutboxItem item(ResultSet rs) throws SQLException {
        return new OutboxItem(rs.getString("id"), rs.getString("stream"), rs.getLong("seq"), rs.getString("target"),
                rs.getString("kind"), rs.getString("destination"), rs.getString("body"), rs.getString("room_id"),
                OutboxItem.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Columns.instant(rs, "next_attempt_at"), Columns.instant(rs, "created_at"), rs.getString("last_error"));
    }
}
