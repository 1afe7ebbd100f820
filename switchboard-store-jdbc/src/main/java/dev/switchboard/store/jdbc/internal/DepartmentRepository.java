package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.store.DepartmentStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** {@link DepartmentStore} on the {@code departments} and {@code department_agents} tables. */
final class DepartmentRepository implements DepartmentStore {
    private static final String COLUMNS = "id, name, enabled, show_on_registration, show_on_offline_form, email,"
            + " description, created_at, updated_at, max_chats";

    private final Tx tx;
    private final Sorting sorting;

    DepartmentRepository(Tx tx) {
        this.tx = tx;
        this.sorting = new Sorting(Map.of("name", tx.dialect.textSortKey("name"), "createdAt", "created_at"),
                new SortKey("name", true));
    }

    @Override
    public void insert(Department d) {
        // LiveChat's integer group id (livechat-agent-api-v3.6.md §2.6) is the next free number.
        tx.insertUnique(bind(tx.update("INSERT INTO departments (" + COLUMNS + ", group_id) VALUES (:id, :name, :enabled,"
                + " :showOnRegistration, :showOnOfflineForm, :email, :description, :createdAt, :updatedAt, :maxChats,"
                + " (SELECT COALESCE(MAX(group_id), 0) + 1 FROM departments))"
                + " ON CONFLICT DO NOTHING"), d), "department " + d.id() + " (" + d.name() + ")");
    }

    @Override
    public void update(Department d) {
        tx.execute(bind(tx.update("UPDATE departments SET name = :name, enabled = :enabled,"
                + " show_on_registration = :showOnRegistration, show_on_offline_form = :showOnOfflineForm,"
                + " email = :email, description = :description, created_at = :createdAt, updated_at = :updatedAt,"
                + " max_chats = :maxChats WHERE id = :id"), d));
    }

    @Override
    public Optional<Department> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM departments WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    @Override
    public Optional<Department> findByName(String name) {
        return tx.query("SELECT " + COLUMNS + " FROM departments WHERE name = :name")
                .bind("name", name).map(this::map).findOne();
    }

    /** {@code textOrNull} matches a case-insensitive substring of the name. */
    @Override
    public Page<Department> list(String textOrNull, PageRequest page) {
        Filter filter = new Filter();
        if (textOrNull != null && !textOrNull.isEmpty()) {
            filter.and(tx.dialect.likeIgnoreCase("name", filter.param(Columns.containsPattern(textOrNull))));
        }
        return tx.page(COLUMNS, "departments", filter, sorting, page, this::map);
    }

    @Override
    public boolean delete(String id) {
        tx.execute(tx.update("DELETE FROM department_agents WHERE department_id = :id").bind("id", id));
        return tx.execute(tx.update("DELETE FROM departments WHERE id = :id").bind("id", id)) > 0;
    }

    @Override
    public void setAgents(String departmentId, List<String> agentIds) {
        tx.execute(tx.update("DELETE FROM department_agents WHERE department_id = :id").bind("id", departmentId));
        PreparedBatch batch = tx.handle.prepareBatch(
                "INSERT INTO department_agents (department_id, user_id) VALUES (:departmentId, :userId)");
        // Duplicates in the list would clash on the primary key; the set of agents is what counts.
        for (String agentId : new LinkedHashSet<>(agentIds)) {
            batch.bind("departmentId", departmentId).bind("userId", agentId).add();
        }
        if (batch.size() > 0) {
            try {
                batch.execute();
            } catch (RuntimeException e) {
                throw Tx.translate(e, tx.dialect);
            }
        }
    }

    @Override
    public List<String> agentIds(String departmentId) {
        return tx.query("SELECT user_id FROM department_agents WHERE department_id = :id ORDER BY user_id")
                .bind("id", departmentId).mapTo(String.class).list();
    }

    @Override
    public List<String> departmentIdsOfAgent(String agentId) {
        return tx.query("SELECT department_id FROM department_agents WHERE user_id = :id ORDER BY department_id")
                .bind("id", agentId).mapTo(String.class).list();
    }

    @Override
    public void removeAgentEverywhere(String agentId) {
        tx.execute(tx.update("DELETE FROM department_agents WHERE user_id = :id").bind("id", agentId));
    }

    private Update bind(Update update, Department d) {
        return update.bind("id", d.id())
                .bind("name", d.name())
                .bind("enabled", d.enabled())
                .bind("showOnRegistration", d.showOnRegistration())
                .bind("showOnOfflineForm", d.showOnOfflineForm())
                .bind("email", d.email())
                .bind("description", d.description())
                .bind("createdAt", Columns.millis(d.createdAt()))
                .bind("updatedAt", Columns.millis(d.updatedAt()))
                .bind("maxChats", d.maxChats());
    }

    private Department map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Department(
                rs.getString("id"),
                rs.getString("name"),
                rs.getBoolean("enabled"),
                rs.getBoolean("show_on_registration"),
                rs.getBoolean("show_on_offline_form"),
                rs.getString("email"),
                rs.getString("description"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                rs.getLong("max_chats"));
    }
}
