package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.store.ContactStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** {@link ContactStore} on the {@code contacts} table; custom fields are a JSON object. */
final class ContactRepository implements ContactStore {
    /** The columns {@link #map} reads, in its order. */
    private static final String COLUMNS = "id, token, username, name, email, phone, department_id, custom_fields,"
            + " status, last_thread_id, last_thread_at, created_at, updated_at";

    private static final String BY_TOKEN = "SELECT " + COLUMNS + " FROM contacts WHERE token = ?";

    private final Tx tx;

    ContactRepository(Tx tx) { this.tx = tx; }

    @Override
    public void insert(Contact contact) {
        tx.insertUnique(bind(tx.update("INSERT INTO contacts (" + COLUMNS + ") VALUES (:id, :token, :username, :name,"
                + " :email, :phone, :departmentId, :customFields, :status, :lastThreadId, :lastThreadAt, :createdAt,"
                + " :updatedAt) ON CONFLICT DO NOTHING"), contact), "contact " + contact.id());
    }

    @Override
    public void update(Contact contact) {
        tx.execute(bind(tx.update("UPDATE contacts SET token = :token, username = :username, name = :name,"
                + " email = :email, phone = :phone, department_id = :departmentId, custom_fields = :customFields,"
                + " status = :status, last_thread_id = :lastThreadId, last_thread_at = :lastThreadAt,"
                + " created_at = :createdAt, updated_at = :updatedAt WHERE id = :id"), contact));
    }

    @Override
    public Optional<Contact> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM contacts WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    @Override
    public Optional<Contact> findByToken(String token) {
        // Plain JDBC: every visitor message reads its visitor by token (JdbcBatch says why).
        try (JdbcBatch select = new JdbcBatch(tx, BY_TOKEN)) {
            return select.text(token).one(this::map);
        }
    }

    @Override
    public boolean delete(String id) {
        // Chats and threads keep the contact id: the history stays for reports after the visitor is gone.
        return tx.execute(tx.update("DELETE FROM contacts WHERE id = :id").bind("id", id)) > 0;
    }

    private Update bind(Update update, Contact c) {
        return update.bind("id", c.id())
                .bind("token", c.token())
                .bind("username", c.username())
                .bind("name", c.name())
                .bind("email", c.email())
                .bind("phone", c.phone())
                .bind("departmentId", c.departmentId())
                .bind("customFields", tx.json.write(c.customFields()))
                .bind("status", c.status())
                .bind("lastThreadId", c.lastThreadId())
                .bind("lastThreadAt", Columns.millis(c.lastThreadAt()))
                .bind("createdAt", Columns.millis(c.createdAt()))
                .bind("updatedAt", Columns.millis(c.updatedAt()));
    }

    /**
     * A row of {@link #COLUMNS}. Read by position, not by name: sqlite-jdbc searches the result's column names
     * on every call by name, and every visitor message reads its visitor.
     */
    private Contact map(ResultSet rs, StatementContext ctx) throws SQLException {
        int c = 1;
        return new Contact(
                rs.getString(c++),
                rs.getString(c++),
                rs.getString(c++),
                rs.getString(c++),
                rs.getString(c++),
                rs.getString(c++),
                rs.getString(c++),
                tx.json.stringMap(rs.getString(c++)),
                rs.getString(c++),
                rs.getString(c++),
                Columns.instant(rs, c++),
                Columns.instant(rs, c++),
                Columns.instant(rs, c));
    }

    @Override
    public List<Map<String, String>> sessionFields(String contactId) {
        return tx.query("SELECT session_fields FROM contacts WHERE id = :id").bind("id", contactId).mapTo(String.class)
                .findOne().map(tx.json::stringMapList).orElse(List.of());
    }

    @Override
    public void setSessionFields(String contactId, List<Map<String, String>> fields) {
        tx.execute(tx.update("UPDATE contacts SET session_fields = :f WHERE id = :id")
                .bind("f", tx.json.write(fields)).bind("id", contactId));
    }

    @Override
    public Instant bannedUntil(String contactId) {
        return tx.query("SELECT banned_until FROM contacts WHERE id = :id").bind("id", contactId)
                .map((rs, ctx) -> Columns.instant(rs, "banned_until")).findOne().orElse(null);
    }

    @Override
    public void setBannedUntil(String contactId, Instant until) {
        tx.execute(tx.update("UPDATE contacts SET banned_until = :until WHERE id = :id")
                .bind("until", Columns.millis(until)).bind("id", contactId));
    }

    @Override
    public boolean follow(String contactId, String userId) {
        return tx.execute(tx.update("INSERT INTO customer_followers (contact_id, user_id) VALUES (:c, :u) ON CONFLICT DO NOTHING")
                .bind("c", contactId).bind("u", userId)) > 0;
    }

    @Override
    public boolean unfollow(String contactId, String userId) {
        return tx.execute(tx.update("DELETE FROM customer_followers WHERE contact_id = :c AND user_id = :u")
                .bind("c", contactId).bind("u", userId)) > 0;
    }

    @Override
    public boolean isFollowedBy(String contactId, String userId) {
        return tx.query("SELECT COUNT(*) FROM customer_followers WHERE contact_id = :c AND user_id = :u")
                .bind("c", contactId).bind("u", userId).mapTo(Long.class).one() > 0;
    }

    @Override
    public List<String> followers(String contactId) {
        return tx.query("SELECT user_id FROM customer_followers WHERE contact_id = :c ORDER BY user_id")
                .bind("c", contactId).mapTo(String.class).list();
    }
}
