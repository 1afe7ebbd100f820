package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.ThreadStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link ThreadStore} on the {@code chats} and {@code threads} tables. The unique partial index
 * {@code threads_one_open_per_chat} is what keeps a chat to one open thread, even across nodes.
 */
final class ThreadRepository implements ThreadStore {
    /** The columns {@link #map} reads, in its order. */
    private static final String COLUMNS = "id, chat_id, contact_id, name, department_id, agent_id, agent_username,"
            + " agent_since, source_type, source_destination, tags, custom_fields, message_count, last_message_at,"
            + " created_at, updated_at, closed_at, closer, closed_by_id, closed_by_username, close_comment, on_hold";
    /** Every column but the id, in {@link #bind(JdbcBatch, Thread)}'s order, then the id. */
    private static final String UPDATE = "UPDATE threads SET chat_id = ?, contact_id = ?, name = ?, department_id = ?,"
            + " agent_id = ?, agent_username = ?, agent_since = ?, source_type = ?, source_destination = ?, tags = ?,"
            + " custom_fields = ?, message_count = ?, last_message_at = ?, created_at = ?, updated_at = ?,"
            + " closed_at = ?, closer = ?, closed_by_id = ?, closed_by_username = ?, close_comment = ?, on_hold = ?"
            + " WHERE id = ?";
    /**
     * What a message changes on its room, in {@link #bindActivity}'s order; {@link EventRepository} assigns
     * it in the same statement that moves the room's event counter.
     */
    static final String ACTIVITY = "message_count = ?, last_message_at = ?, updated_at = ?, on_hold = ?";
    private static final String UPDATE_ACTIVITY = "UPDATE threads SET " + ACTIVITY + " WHERE id = ?";
    private static final String INSERT = "INSERT INTO threads (" + COLUMNS + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(22, "?")) + ") ON CONFLICT DO NOTHING";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM threads WHERE id = ?";

    private final Tx tx;
    private final Sorting sorting;

    ThreadRepository(Tx tx) {
        this.tx = tx;
        this.sorting = new Sorting(Map.of(
                "createdAt", "created_at",
                "closedAt", "closed_at",
                "updatedAt", "updated_at",
                "lastMessageAt", "last_message_at",
                "name", tx.dialect.textSortKey("name")), new SortKey("createdAt", false));
    }

    @Override
    public String chatFor(String contactId, String channel) {
        Optional<String> existing = findChat(contactId, channel);
        if (existing.isPresent()) return existing.get();
        // A concurrent caller may create it first; then ours is skipped and we read theirs.
        tx.execute(tx.update("INSERT INTO chats (id, contact_id, channel) VALUES (:id, :contactId, :channel)"
                + " ON CONFLICT DO NOTHING").bind("id", Ids.newId()).bind("contactId", contactId).bind("channel", channel));
        return findChat(contactId, channel).orElseThrow();
    }

    private Optional<String> findChat(String contactId, String channel) {
        return tx.query("SELECT id FROM chats WHERE contact_id = :contactId AND channel = :channel")
                .bind("contactId", contactId).bind("channel", channel).mapTo(String.class).findOne();
    }

    @Override
    public void insert(Thread thread) {
        try (JdbcBatch insert = new JdbcBatch(tx, INSERT)) {
            if (bind(insert.text(thread.id()), thread).update() == 0) {
                throw new DuplicateKeyException("thread " + thread.id() + " (or the open thread of chat "
                        + thread.chatId() + ") clashes with an existing key", null);
            }
        }
        tx.execute(tx.update("UPDATE chats SET last_thread_id = :id WHERE id = :chatId")
                .bind("id", thread.id()).bind("chatId", thread.chatId()));
    }

    @Override
    public void update(Thread thread) {
        try (JdbcBatch update = new JdbcBatch(tx, UPDATE)) {
            bind(update, thread).text(thread.id()).update();
        }
    }

    @Override
    public void updateActivity(Thread thread) {
        // Plain JDBC: every message updates its room (JdbcBatch says why).
        try (JdbcBatch update = new JdbcBatch(tx, UPDATE_ACTIVITY)) {
            bindActivity(update, thread).text(thread.id()).update();
        }
    }

    /** Binds the {@link #ACTIVITY} columns of {@code thread}. */
    static JdbcBatch bindActivity(JdbcBatch batch, Thread thread) {
        return batch.number(thread.messageCount())
                .number(Columns.millis(thread.lastMessageAt()))
                .number(Columns.millis(thread.updatedAt()))
                .bool(thread.onHold());
    }

    @Override
    public void updateServingAgents(List<Thread> threads) {
        try (JdbcBatch batch = new JdbcBatch(tx, "UPDATE threads SET agent_id = ?, agent_username = ?, agent_since = ?,"
                + " on_hold = ?, updated_at = ? WHERE id = ?")) {
            for (Thread t : threads) {
                ServingAgent agent = t.agent();
                batch.text(agent == null ? null : agent.id())
                        .text(agent == null ? null : agent.username())
                        .number(agent == null ? null : Columns.millis(agent.since()))
                        .bool(t.onHold())
                        .number(Columns.millis(t.updatedAt()))
                        .text(t.id())
                        .add();
            }
            batch.execute();
        }
    }

    @Override
    public List<Thread> findAllById(java.util.Collection<String> ids) {
        return tx.inChunks(ids, chunk -> {
            Filter filter = new Filter();
            filter.and("id IN " + filter.list(chunk));
            return filter.bind(tx.query("SELECT " + COLUMNS + " FROM threads" + filter.where())).map(this::map).list();
        });
    }

    @Override
    public Optional<Thread> findById(String id) {
        // Plain JDBC: every visitor message reads its room (JdbcBatch says why).
        try (JdbcBatch select = new JdbcBatch(tx, BY_ID)) {
            return select.text(id).one(this::map);
        }
    }

    @Override
    public Optional<Thread> findOpenByContact(String contactId) {
        // A contact on several channels may have several open threads; the newest one wins.
        return tx.query("SELECT " + COLUMNS + " FROM threads WHERE contact_id = :contactId AND closed_at IS NULL"
                        + " ORDER BY created_at DESC, id" + tx.dialect.limitOffset(1, 0))
                .bind("contactId", contactId).map(this::map).findOne();
    }

    @Override
    public List<Thread> listByContact(String contactId) {
        return tx.query("SELECT " + COLUMNS + " FROM threads WHERE contact_id = :contactId ORDER BY created_at DESC, id")
                .bind("contactId", contactId).map(this::map).list();
    }

    @Override
    public long countOpenServedBy(String agentId) {
        return tx.query("SELECT COUNT(*) FROM threads WHERE agent_id = :agentId AND closed_at IS NULL")
                .bind("agentId", agentId).mapTo(Long.class).one();
    }

    @Override
    public Page<Thread> list(ThreadQuery query, PageRequest page) {
        return tx.page(COLUMNS, "threads", ThreadFilter.of(query, tx.dialect), sorting, page, this::map);
    }

    /** Binds every column but the id, in {@code COLUMNS}' order. */
    private JdbcBatch bind(JdbcBatch statement, Thread t) {
        ServingAgent agent = t.agent();
        ThreadSource source = t.source();
        UserRef closedBy = t.closedBy();
        return statement.text(t.chatId())
                .text(t.contactId())
                .text(t.name())
                .text(t.departmentId())
                .text(agent == null ? null : agent.id())
                .text(agent == null ? null : agent.username())
                .number(agent == null ? null : Columns.millis(agent.since()))
                .text(source == null ? null : source.type())
                .text(source == null ? null : source.destination())
                .text(tx.json.write(t.tags()))
                .text(tx.json.write(t.customFields()))
                .number(t.messageCount())
                .number(Columns.millis(t.lastMessageAt()))
                .number(Columns.millis(t.createdAt()))
                .number(Columns.millis(t.updatedAt()))
                .number(Columns.millis(t.closedAt()))
                .text(t.closer())
                .text(closedBy == null ? null : closedBy.id())
                .text(closedBy == null ? null : closedBy.username())
                .text(t.closeComment())
                .bool(t.onHold());
    }

    /**
     * A row of {@link #COLUMNS}. Read by position, not by name: sqlite-jdbc searches the result's column names
     * on every call by name, and every visitor message reads its room.
     */
    private Thread map(ResultSet rs, StatementContext ctx) throws SQLException {
        int c = 1;
        String id = rs.getString(c++);
        String chatId = rs.getString(c++);
        String contactId = rs.getString(c++);
        String name = rs.getString(c++);
        String departmentId = rs.getString(c++);
        String agentId = rs.getString(c++);
        String agentUsername = rs.getString(c++);
        Instant agentSince = Columns.instant(rs, c++);
        String sourceType = rs.getString(c++);
        String sourceDestination = rs.getString(c++);
        List<String> tags = tx.json.stringList(rs.getString(c++));
        Map<String, String> customFields = tx.json.stringMap(rs.getString(c++));
        long messageCount = rs.getLong(c++);
        Instant lastMessageAt = Columns.instant(rs, c++);
        Instant createdAt = Columns.instant(rs, c++);
        Instant updatedAt = Columns.instant(rs, c++);
        Instant closedAt = Columns.instant(rs, c++);
        String closer = rs.getString(c++);
        String closedById = rs.getString(c++);
        String closedByUsername = rs.getString(c++);
        String closeComment = rs.getString(c++);
        boolean onHold = rs.getBoolean(c);
        return new Thread(id, chatId, contactId, name, departmentId,
                agentId == null ? null : new ServingAgent(agentId, agentUsername, agentSince),
                sourceType == null && sourceDestination == null ? null : new ThreadSource(sourceType, sourceDestination),
                tags, customFields, messageCount, lastMessageAt, createdAt, updatedAt, closedAt, closer,
                closedById == null && closedByUsername == null ? null : new UserRef(closedById, closedByUsername),
                closeComment, onHold);
    }
}
