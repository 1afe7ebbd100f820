package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Which agents could take a chat now (room creation, the widget's {@code online}). The WHERE clause
 * is {@link User#isOnlineAgent()} in SQL. Ordered by username, then id, so that the answer is stable.
 * No load is read: nothing on these paths uses it, and a count per agent made every new room pay
 * one subquery per online agent.
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

    List<User> run(String departmentIdOrNull) {
        Filter filter = online(tx);
        if (departmentIdOrNull != null) {
            filter.and("EXISTS (SELECT 1 FROM department_agents da WHERE da.user_id = u.id AND da.department_id = "
                    + filter.param(departmentIdOrNull) + ")");
        }
        String sql = "SELECT u.* FROM users u" + filter.where()
                + " ORDER BY " + tx.dialect.textSortKey("u.username") + ", u.id";
        return filter.bind(tx.query(sql)).map(users).list();
    }
}
