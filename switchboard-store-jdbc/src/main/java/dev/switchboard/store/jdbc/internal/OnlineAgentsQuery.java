package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.UserStore.AgentLoad;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The routing engine's question: which agents could take a chat now, and how loaded are they. The
 * WHERE clause is {@link User#isOnlineAgent()} in SQL; the load comes from the threads table.
 * Ordered by username, then id, so that routing ties break the same way every time.
 */
final class OnlineAgentsQuery {
    private final Tx tx;
    private final RowMapper<User> users;

    /** @param users reads the user columns of a row (shared with {@link UserRepository}) */
    OnlineAgentsQuery(Tx tx, RowMapper<User> users) {
        this.tx = tx;
        this.users = users;
    }

    /** The condition "user {@code u} is an online agent", shared with {@link RoutingRepository}. */
    static Filter online(Tx tx) {
        Filter filter = new Filter();
        filter.and(tx.dialect.jsonArrayContains("u.roles", filter.param(Role.LIVECHAT_AGENT.wireName())));
        filter.and("u.livechat_status = " + filter.param(LivechatStatus.AVAILABLE.wireName()));
        filter.and("u.active = " + filter.param(true));
        filter.and("(u.status IS NOT NULL AND u.status <> " + filter.param(Presence.OFFLINE.wireName()) + ") OR "
                + tx.dialect.jsonArrayContains("u.roles", filter.param(Role.BOT.wireName())));
        return filter;
    }

    List<AgentLoad> run(String departmentIdOrNull) {
        Filter filter = online(tx);
        if (departmentIdOrNull != null) {
            filter.and("EXISTS (SELECT 1 FROM department_agents da WHERE da.user_id = u.id AND da.department_id = "
                    + filter.param(departmentIdOrNull) + ")");
        }
        String sql = "SELECT u.*,"
                + " (SELECT COUNT(*) FROM threads t WHERE t.agent_id = u.id AND t.closed_at IS NULL) AS open_threads,"
                + " u.last_routed_at AS last_assigned_at"
                + " FROM users u" + filter.where()
                + " ORDER BY " + tx.dialect.textSortKey("u.username") + ", u.id";
        return filter.bind(tx.query(sql)).map((rs, ctx) -> new AgentLoad(
                users.map(rs, ctx), rs.getLong("open_threads"), Columns.instant(rs, "last_assigned_at"))).list();
    }
}
