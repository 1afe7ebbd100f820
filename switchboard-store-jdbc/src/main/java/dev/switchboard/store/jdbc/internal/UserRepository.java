package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.UserStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link UserStore} on the {@code users} and {@code auth_tokens} tables. Roles are a JSON array of
 * wire names, matched as whole elements (never by substring).
 */
final class UserRepository implements UserStore {
    private static final String COLUMNS = "id, username, name, email, password_hash, roles, active, status,"
            + " status_text, livechat_status, operator, created_at, updated_at";

    private final Tx tx;
    private final Sorting sorting;

    UserRepository(Tx tx) {
        this.tx = tx;
        this.sorting = new Sorting(Map.of(
                "name", tx.dialect.textSortKey("name"),
                "username", tx.dialect.textSortKey("username"),
                "createdAt", "created_at"), new SortKey("name", true));
    }

    @Override
    public void insert(User user) {
        tx.insertUnique(bind(tx.update("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :username, :name, :email,"
                + " :passwordHash, :roles, :active, :status, :statusText, :livechatStatus, :operator, :createdAt,"
                + " :updatedAt) ON CONFLICT DO NOTHING"), user), "user " + user.id() + " (" + user.username() + ")");
    }

    @Override
    public void update(User user) {
        tx.execute(bind(tx.update("UPDATE users SET username = :username, name = :name, email = :email,"
                + " password_hash = :passwordHash, roles = :roles, active = :active, status = :status,"
                + " status_text = :statusText, livechat_status = :livechatStatus, operator = :operator,"
                + " created_at = :createdAt, updated_at = :updatedAt WHERE id = :id"), user));
    }

    @Override
    public Optional<User> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    @Override
    public Optional<User> findByUsername(String username) {
        // lower() on both sides matches the unique index on lower(username).
        return tx.query("SELECT " + COLUMNS + " FROM users WHERE lower(username) = lower(:username)")
                .bind("username", username).map(this::map).findOne();
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return tx.query("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:email)")
                .bind("email", email).map(this::map).findOne();
    }

    @Override
    public long countWithRole(Role role) {
        return tx.query("SELECT COUNT(*) FROM users WHERE " + tx.dialect.jsonArrayContains("roles", ":role"))
                .bind("role", role.wireName()).mapTo(Long.class).one();
    }

    @Override
    public Page<User> list(UserQuery query, PageRequest page) {
        Filter filter = new Filter();
        if (query.role() != null) {
            filter.and(tx.dialect.jsonArrayContains("roles", filter.param(query.role().wireName())));
        }
        if (query.text() != null && !query.text().isEmpty()) {
            String pattern = filter.param(Columns.containsPattern(query.text()));
            filter.and(tx.dialect.likeIgnoreCase("username", pattern) + " OR "
                    + tx.dialect.likeIgnoreCase("name", pattern) + " OR " + tx.dialect.likeIgnoreCase("email", pattern));
        }
        if (query.onlyAvailable()) filter.and("livechat_status = " + filter.param(LivechatStatus.AVAILABLE.wireName()));
        if (query.excludeId() != null) filter.and("id <> " + filter.param(query.excludeId()));
        if (query.hideOffline()) {
            // A user who never connected (no presence) counts as offline.
            filter.and("(status IS NOT NULL AND status <> " + filter.param(Presence.OFFLINE.wireName()) + ") OR "
                    + tx.dialect.jsonArrayContains("roles", filter.param(Role.BOT.wireName())));
        }
        return tx.page(COLUMNS, "users", filter, sorting, page, this::map);
    }

    @Override
    public List<User> onlineAgents(String departmentIdOrNull) {
        return new OnlineAgentsQuery(tx, this::map).run(departmentIdOrNull);
    }

    @Override
    public void addToken(String userId, String tokenHash, Instant createdAt) {
        tx.execute(tx.update("INSERT INTO auth_tokens (token_hash, user_id, created_at) VALUES (:hash, :userId, :at)")
                .bind("hash", tokenHash).bind("userId", userId).bind("at", Columns.millis(createdAt)));
    }

    @Override
    public Optional<String> userIdForToken(String tokenHash) {
        return tx.query("SELECT user_id FROM auth_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash).mapTo(String.class).findOne();
    }

    @Override
    public boolean removeToken(String tokenHash) {
        return tx.execute(tx.update("DELETE FROM auth_tokens WHERE token_hash = :hash").bind("hash", tokenHash)) > 0;
    }

    private Update bind(Update update, User user) {
        List<String> roles = user.roles().stream().map(Role::wireName).sorted().toList();
        return update.bind("id", user.id())
                .bind("username", user.username())
                .bind("name", user.name())
                .bind("email", user.email())
                .bind("passwordHash", user.passwordHash())
                .bind("roles", tx.json.write(roles))
                .bind("active", user.active())
                .bind("status", user.status() == null ? null : user.status().wireName())
                .bind("statusText", user.statusText())
                .bind("livechatStatus", user.livechatStatus() == null ? null : user.livechatStatus().wireName())
                .bind("operator", user.operator())
                .bind("createdAt", Columns.millis(user.createdAt()))
                .bind("updatedAt", Columns.millis(user.updatedAt()));
    }

    User map(ResultSet rs, StatementContext ctx) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        // Unknown wire names (from a newer version) are skipped rather than failing every read.
        tx.json.stringList(rs.getString("roles")).stream().map(Role::fromWire).filter(Objects::nonNull)
                .forEach(roles::add);
        return new User(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                roles,
                rs.getBoolean("active"),
                Presence.fromWire(rs.getString("status")),
                rs.getString("status_text"),
                LivechatStatus.fromWire(rs.getString("livechat_status")),
                rs.getBoolean("operator"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"));
    }
}
