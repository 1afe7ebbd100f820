package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.routing.OpenLoad;
import dev.switchboard.core.routing.RoutableAgent;
import dev.switchboard.core.routing.WaitingInquiry;
import dev.switchboard.core.store.RoutingStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link RoutingStore} on the users, department_agents, threads, inquiries and events tables. Each
 * read is one statement (two for agents), so a routing pass costs a handful of queries however many
 * agents and inquiries it weighs.
 */
final class RoutingRepository implements RoutingStore {
    private final Tx tx;

    RoutingRepository(Tx tx) { this.tx = tx; }

    @Override
    public List<RoutableAgent> onlineAgents() {
        Filter filter = OnlineAgentsQuery.online(tx);
        Map<String, Set<String>> departments = new HashMap<>();
        tx.query("SELECT user_id, department_id FROM department_agents").map((rs, ctx) -> {
            departments.computeIfAbsent(rs.getString("user_id"), k -> new HashSet<>()).add(rs.getString("department_id"));
            return null;
        }).list();
        var users = new UserRepository(tx);
        return filter.bind(tx.query("SELECT u.* FROM users u" + filter.where()
                        + " ORDER BY " + tx.dialect.textSortKey("u.username") + ", u.id"))
                .map((rs, ctx) -> new RoutableAgent(rs.getString("id"), rs.getString("username"),
                        departments.getOrDefault(rs.getString("id"), Set.of()), rs.getLong("max_chats"),
                        Columns.instant(rs, "last_routed_at"), users.map(rs, ctx)))
                .list();
    }

    @Override
    public List<OpenLoad> openLoads(Instant activeSinceOrNull) {
        String active = activeSinceOrNull == null ? "" : " AND COALESCE(last_message_at, agent_since) >= :since";
        var query = tx.query("SELECT agent_id, department_id, COUNT(*) AS n FROM threads"
                        + " WHERE closed_at IS NULL AND agent_id IS NOT NULL AND on_hold = :onHold" + active
                        + " GROUP BY agent_id, department_id")
                .bind("onHold", false);
        if (activeSinceOrNull != null) query.bind("since", Columns.millis(activeSinceOrNull));
        return query.map((rs, ctx) -> new OpenLoad(rs.getString("agent_id"), rs.getString("department_id"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<WaitingInquiry> waiting() {
        return new InquiryRepository(tx).queuedForRouting();
    }

    @Override
    public Map<String, Long> departmentLimits() {
        Map<String, Long> limits = new HashMap<>();
        tx.query("SELECT id, max_chats FROM departments WHERE max_chats > 0").map((rs, ctx) -> {
            limits.put(rs.getString("id"), rs.getLong("max_chats"));
            return null;
        }).list();
        return limits;
    }

    @Override
    public void markRouted(String agentId, Instant at) {
        tx.execute(tx.update("UPDATE users SET last_routed_at = :at WHERE id = :id")
                .bind("at", Columns.millis(at)).bind("id", agentId));
    }

    @Override
    public long agentLimit(String userId) {
        return tx.query("SELECT COALESCE(max_chats, 0) FROM users WHERE id = :id").bind("id", userId)
                .mapTo(Long.class).findOne().orElse(0L);
    }

    @Override
    public void setAgentLimit(String userId, long limit) {
        tx.execute(tx.update("UPDATE users SET max_chats = :limit WHERE id = :id").bind("limit", limit).bind("id", userId));
    }

    @Override
    public void excludeAgent(String inquiryId, String agentIdOrNull) {
        tx.execute(tx.update("UPDATE inquiries SET excluded_agent_id = :agent WHERE id = :id")
                .bind("agent", agentIdOrNull).bind("id", inquiryId));
    }

    @Override
    public List<String> openThreadsOf(String agentId) {
        return tx.query("SELECT id FROM threads WHERE agent_id = :agent AND closed_at IS NULL ORDER BY created_at, id")
                .bind("agent", agentId).mapTo(String.class).list();
    }

    @Override
    public List<String> unansweredThreads(Instant assignedBefore) {
        return tx.query("SELECT t.id FROM threads t WHERE t.closed_at IS NULL AND t.agent_id IS NOT NULL"
                        + " AND t.agent_since <= :before AND NOT EXISTS (SELECT 1 FROM events e WHERE e.thread_id = t.id"
                        + " AND e.type IS NULL AND e.author_id = t.agent_id AND e.created_at >= t.agent_since)"
                        + " ORDER BY t.agent_since, t.id")
                .bind("before", Columns.millis(assignedBefore)).mapTo(String.class).list();
    }

    @Override
    public List<String> abandonedThreads(Instant lastMessageBefore) {
        return tx.query("SELECT t.id FROM threads t WHERE t.closed_at IS NULL AND t.agent_id IS NOT NULL"
                        + " AND t.on_hold = :onHold AND t.last_message_at < :before"
                        + " AND (SELECT e.author_kind FROM events e WHERE e.thread_id = t.id AND e.type IS NULL"
                        + " ORDER BY e.seq DESC" + tx.dialect.limitOffset(1, 0) + ") = :agent"
                        + " ORDER BY t.last_message_at, t.id")
                .bind("onHold", false).bind("before", Columns.millis(lastMessageBefore))
                .bind("agent", Columns.enumName(AuthorKind.AGENT)).mapTo(String.class).list();
    }
}
