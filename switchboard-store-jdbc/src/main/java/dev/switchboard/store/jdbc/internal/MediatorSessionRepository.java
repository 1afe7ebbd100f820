package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.MediatorSession;
import dev.switchboard.core.store.MediatorSessionStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link MediatorSessionStore} on {@code mediator_sessions} and {@code mediator_relayed} (migration V10). */
final class MediatorSessionRepository implements MediatorSessionStore {
    private final Tx tx;

    MediatorSessionRepository(Tx tx) { this.tx = tx; }

    @Override
    public void put(MediatorSession s) {
        tx.execute(tx.update("INSERT INTO mediator_sessions (uuid, rid, department, project, country, name, urn, mongoid,"
                        + " status, agent_id, agent_username, agent_name, closing_by, created_at, updated_at) VALUES (:uuid,"
                        + " :rid, :department, :project, :country, :name, :urn, :mongoid, :status, :agentId, :agentUsername,"
                        + " :agentName, :closingBy, :createdAt, :updatedAt) ON CONFLICT (uuid) DO UPDATE SET rid = excluded.rid,"
                        + " department = excluded.department, project = excluded.project, country = excluded.country,"
                        + " name = excluded.name, urn = excluded.urn, mongoid = excluded.mongoid, status = excluded.status,"
                        + " agent_id = excluded.agent_id, agent_username = excluded.agent_username,"
                        + " agent_name = excluded.agent_name, closing_by = excluded.closing_by,"
                        + " created_at = excluded.created_at, updated_at = excluded.updated_at")
                .bind("uuid", s.uuid()).bind("rid", s.rid()).bind("department", s.department())
                .bind("project", s.project()).bind("country", s.country()).bind("name", s.name()).bind("urn", s.urn())
                .bind("mongoid", s.mongoid()).bind("status", s.status()).bind("agentId", s.agentId())
                .bind("agentUsername", s.agentUsername()).bind("agentName", s.agentName())
                .bind("closingBy", s.closingBy()).bind("createdAt", Columns.millis(s.createdAt()))
                .bind("updatedAt", Columns.millis(s.updatedAt())));
    }

    @Override
    public Optional<MediatorSession> find(String uuid) {
        return tx.query("SELECT * FROM mediator_sessions WHERE uuid = :uuid").bind("uuid", uuid)
                .map((rs, ctx) -> session(rs)).findOne();
    }

    @Override
    public boolean delete(String uuid) {
        return tx.execute(tx.update("DELETE FROM mediator_sessions WHERE uuid = :uuid").bind("uuid", uuid)) > 0;
    }

    @Override
    public List<MediatorSession> idleSince(Instant before, int limit) {
        return tx.query("SELECT * FROM mediator_sessions WHERE updated_at < :before ORDER BY updated_at"
                        + tx.dialect.limitOffset(limit, 0))
                .bind("before", Columns.millis(before)).map((rs, ctx) -> session(rs)).list();
    }

    @Override
    public boolean markRelayed(String key, Instant at) {
        // ON CONFLICT DO NOTHING keeps a PostgreSQL transaction usable when the key is already there.
        return tx.execute(tx.update("INSERT INTO mediator_relayed (message_key, relayed_at) VALUES (:key, :at)"
                + " ON CONFLICT (message_key) DO NOTHING").bind("key", key).bind("at", Columns.millis(at))) > 0;
    }

    private static MediatorSession session(ResultSet rs) throws SQLException {
        return new MediatorSession(rs.getString("uuid"), rs.getString("rid"), rs.getString("department"),
                rs.getString("project"), rs.getString("country"), rs.getString("name"), rs.getString("urn"),
                rs.getString("mongoid"), rs.getString("status"), rs.getString("agent_id"),
                rs.getString("agent_username"), rs.getString("agent_name"), rs.getString("closing_by"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
