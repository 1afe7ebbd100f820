package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.Thread.ThreadSource;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.ThreadStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link ThreadStore} on the {@code chats} and {@code threads} tables. The unique partial index
 * {@code threads_one_open_per_chat} is what keeps a chat to one open thread, even across nodes.
 */
final class ThreadRepository implements ThreadStore {
    private static final String COLUMNS = "id, chat_id, contact_id, name, department_id, agent_id, agent_username,"
            + " agent_since, source_type, source_destination, tags, custom_fields, message_count, last_message_at,"
            + " created_at, updated_at, closed_at, closer, closed_by_id, closed_by_username, close_comment, on_hold";
    private static final String UPDATE = "UPDATE threads SET chat_id = :chatId, contact_id = :contactId, name = :name,"
            + " department_id = :departmentId, agent_id = :agentId, agent_username = :agentUsername,"
            + " agent_since = :agentSince, source_type = :sourceType, source_destination = :sourceDestination,"
            + " tags = :tags, custom_fields = :customFields, message_count = :messageCount,"
            + " last_message_at = :lastMessageAt, created_at = :createdAt, updated_at = :updatedAt,"
            + " closed_at = :closedAt, closer = :closer, closed_by_id = :closedById,"
            + " closed_by_username = :closedByUsername, close_comment = :closeComment, on_hold = :onHold WHERE id = :id";

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
        tx.insertUnique(bind(tx.update("INSERT INTO threads (" + COLUMNS + ") VALUES (:id, :chatId, :contactId, :name,"
                + " :departmentId, :agentId, :agentUsername, :agentSince, :sourceType, :sourceDestination, :tags,"
                + " :customFields, :messageCount, :lastMessageAt, :createdAt, :updatedAt, :closedAt, :closer,"
                + " :closedById, :closedByUsername, :closeComment, :onHold) ON CONFLICT DO NOTHING"), thread),
                "thread " + thread.id() + " (or the open thread of chat " + thread.chatId() + ")");
        tx.execute(tx.update("UPDATE chats SET last_thread_id = :id WHERE id = :chatId")
                .bind("id", thread.id()).bind("chatId", thread.chatId()));
    }

    @Override
    public void update(Thread thread) {
        tx.execute(bind(tx.update(UPDATE), thread));
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
        return tx.query("SELECT " + COLUMNS + " FROM threads WHERE id = :id").bind("id", id).map(this::map).findOne();
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

    private Update bind(Update update, Thread t) {
        ServingAgent agent = t.agent();
        ThreadSource source = t.source();
        UserRef closedBy = t.closedBy();
        return update.bind("id", t.id())
                .bind("chatId", t.chatId())
                .bind("contactId", t.contactId())
                .bind("name", t.name())
                .bind("departmentId", t.departmentId())
                .bind("agentId", agent == null ? null : agent.id())
                .bind("agentUsername", agent == null ? null : agent.username())
                .bind("agentSince", agent == null ? null : Columns.millis(agent.since()))
                .bind("sourceType", source == null ? null : source.type())
                .bind("sourceDestination", source == null ? null : source.destination())
                .bind("tags", tx.json.write(t.tags()))
                .bind("customFields", tx.json.write(t.customFields()))
                .bind("messageCount", t.messageCount())
                .bind("lastMessageAt", Columns.millis(t.lastMessageAt()))
                .bind("createdAt", Columns.millis(t.createdAt()))
                .bind("updatedAt", Columns.millis(t.updatedAt()))
                .bind("closedAt", Columns.millis(t.closedAt()))
                .bind("closer", t.closer())
                .bind("closedById", closedBy == null ? null : closedBy.id())
                .bind("closedByUsername", closedBy == null ? null : closedBy.username())
                .bind("closeComment", t.closeComment())
                .bind("onHold", t.onHold());
    }

    private Thread map(ResultSet rs, StatementContext ctx) throws SQLException {
        String agentId = rs.getString("agent_id");
        String sourceType = rs.getString("source_type");
        String sourceDestination = rs.getString("source_destination");
        String closedById = rs.getString("closed_by_id");
        String closedByUsername = rs.getString("closed_by_username");
        return new Thread(
                rs.getString("id"),
                rs.getString("chat_id"),
                rs.getString("contact_id"),
                rs.getString("name"),
                rs.getString("department_id"),
                agentId == null ? null
                        : new ServingAgent(agentId, rs.getString("agent_username"), Columns.instant(rs, "agent_since")),
                sourceType == null && sourceDestination == null ? null : new ThreadSource(sourceType, sourceDestination),
                tx.json.stringList(rs.getString("tags")),
                tx.json.stringMap(rs.getString("custom_fields")),
                rs.getLong("message_count"),
                Columns.instant(rs, "last_message_at"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "closed_at"),
                rs.getString("closer"),
                closedById == null && closedByUsername == null ? null : new UserRef(closedById, closedByUsername),
                rs.getString("close_comment"),
                rs.getBoolean("on_hold"));
    }
}
