package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.store.ChatStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link ChatStore} on {@code chats}, {@code threads.properties}, {@code chat_members},
 * {@code chat_seen} and {@code chat_followers}. Listings join each chat to its latest thread through
 * {@code chats.last_thread_id}, which {@link ThreadRepository#insert} keeps current.
 */
final class ChatRepository implements ChatStore {
    private static final String COLUMNS = "c.id, c.contact_id, c.channel, c.properties, c.last_thread_id";
    private static final String FROM = "chats c LEFT JOIN threads t ON t.id = c.last_thread_id";

    private final Tx tx;

    ChatRepository(Tx tx) { this.tx = tx; }

    @Override
    public Optional<Chat> findById(String chatId) {
        return tx.query("SELECT " + COLUMNS + " FROM chats c WHERE c.id = :id").bind("id", chatId).map(this::map).findOne();
    }

    @Override
    public void setProperties(String chatId, Properties properties) {
        tx.execute(tx.update("UPDATE chats SET properties = :p WHERE id = :id")
                .bind("p", tx.json.write(properties.namespaces())).bind("id", chatId));
    }

    @Override
    public Properties threadProperties(String threadId) {
        return tx.query("SELECT properties FROM threads WHERE id = :id").bind("id", threadId)
                .mapTo(String.class).findOne().map(this::properties).orElse(Properties.EMPTY);
    }

    @Override
    public void setThreadProperties(String threadId, Properties properties) {
        tx.execute(tx.update("UPDATE threads SET properties = :p WHERE id = :id")
                .bind("p", tx.json.write(properties.namespaces())).bind("id", threadId));
    }

    @Override
    public Map<String, Long> groupIds() {
        Map<String, Long> out = new LinkedHashMap<>();
        tx.query("SELECT id, group_id FROM departments ORDER BY group_id")
                .map((rs, ctx) -> out.put(rs.getString("id"), rs.getLong("group_id"))).list();
        return out;
    }

    @Override
    public List<ChatMember> members(String chatId) {
        return tx.query("SELECT chat_id, user_id, visibility, added_at FROM chat_members WHERE chat_id = :id ORDER BY added_at, user_id")
                .bind("id", chatId)
                .map((rs, ctx) -> new ChatMember(rs.getString("chat_id"), rs.getString("user_id"),
                        rs.getString("visibility"), Columns.instant(rs, "added_at")))
                .list();
    }

    @Override
    public boolean addMember(ChatMember m) {
        int added = tx.execute(tx.update("INSERT INTO chat_members (chat_id, user_id, visibility, added_at)"
                        + " VALUES (:chatId, :userId, :visibility, :at) ON CONFLICT DO NOTHING")
                .bind("chatId", m.chatId()).bind("userId", m.userId()).bind("visibility", m.visibility())
                .bind("at", Columns.millis(m.addedAt())));
        if (added == 0) {
            tx.execute(tx.update("UPDATE chat_members SET visibility = :visibility WHERE chat_id = :chatId AND user_id = :userId")
                    .bind("chatId", m.chatId()).bind("userId", m.userId()).bind("visibility", m.visibility()));
        }
        return added > 0;
    }

    @Override
    public boolean removeMember(String chatId, String userId) {
        return tx.execute(tx.update("DELETE FROM chat_members WHERE chat_id = :chatId AND user_id = :userId")
                .bind("chatId", chatId).bind("userId", userId)) > 0;
    }

    @Override
    public Map<String, Instant> seenUpTo(String chatId) {
        Map<String, Instant> out = new LinkedHashMap<>();
        tx.query("SELECT user_id, seen_up_to FROM chat_seen WHERE chat_id = :id").bind("id", chatId)
                .map((rs, ctx) -> out.put(rs.getString("user_id"), Columns.instant(rs, "seen_up_to"))).list();
        return out;
    }

    @Override
    public void markSeen(String chatId, String userId, Instant upTo) {
        tx.execute(tx.update("INSERT INTO chat_seen (chat_id, user_id, seen_up_to) VALUES (:chatId, :userId, :at)"
                        + " ON CONFLICT (chat_id, user_id) DO UPDATE SET seen_up_to = excluded.seen_up_to"
                        + " WHERE chat_seen.seen_up_to < excluded.seen_up_to")
                .bind("chatId", chatId).bind("userId", userId).bind("at", upTo.toEpochMilli()));
    }

    @Override
    public boolean follow(String chatId, String userId) {
        return tx.execute(tx.update("INSERT INTO chat_followers (chat_id, user_id) VALUES (:chatId, :userId)"
                + " ON CONFLICT DO NOTHING").bind("chatId", chatId).bind("userId", userId)) > 0;
    }

    @Override
    public boolean unfollow(String chatId, String userId) {
        return tx.execute(tx.update("DELETE FROM chat_followers WHERE chat_id = :chatId AND user_id = :userId")
                .bind("chatId", chatId).bind("userId", userId)) > 0;
    }

    @Override
    public Set<String> followedBy(String userId, Collection<String> chatIds) {
        return new HashSet<>(tx.inChunks(chatIds, chunk -> {
            Filter filter = new Filter();
            filter.and("user_id = " + filter.param(userId));
            filter.and("chat_id IN " + filter.list(chunk));
            return filter.bind(tx.query("SELECT chat_id FROM chat_followers" + filter.where())).mapTo(String.class).list();
        }));
    }

    @Override
    public Page<Chat> list(ChatQuery q, int offset, int limit) {
        Filter filter = new Filter();
        if (q.visibleTo() != null) {
            String user = filter.param(q.visibleTo());
            String departments = q.agentDepartments() == null || q.agentDepartments().isEmpty() ? ""
                    : " OR t.department_id IN " + filter.list(q.agentDepartments());
            filter.and("t.id IS NULL OR t.department_id IS NULL" + departments + " OR t.agent_id = " + user
                    + " OR EXISTS (SELECT 1 FROM chat_members m WHERE m.chat_id = c.id AND m.user_id = " + user + ")");
        }
        if (!q.withoutThreads()) filter.and("t.id IS NOT NULL");
        if (Boolean.TRUE.equals(q.active())) filter.and("t.id IS NOT NULL AND t.closed_at IS NULL");
        if (Boolean.FALSE.equals(q.active())) filter.and("t.id IS NULL OR t.closed_at IS NOT NULL");
        if (q.departmentIds() != null) {
            Set<String> named = new HashSet<>(q.departmentIds());
            boolean none = named.remove(null);
            String in = named.isEmpty() ? "1 = 0" : "t.department_id IN " + filter.list(named);
            filter.and(none ? in + " OR (t.id IS NOT NULL AND t.department_id IS NULL)" : in);
        }
        long total = filter.bind(tx.query("SELECT COUNT(*) FROM " + FROM + filter.where())).mapTo(Long.class).one();
        String direction = q.ascending() ? " ASC" : " DESC";
        String sql = "SELECT " + COLUMNS + " FROM " + FROM + filter.where()
                + " ORDER BY COALESCE(t.created_at, 0)" + direction + ", c.id" + direction
                + tx.dialect.limitOffset(limit, offset);
        return new Page<>(filter.bind(tx.query(sql)).map(this::map).list(), total);
    }

    private Chat map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Chat(rs.getString("id"), rs.getString("contact_id"), rs.getString("channel"),
                properties(rs.getString("properties")), rs.getString("last_thread_id"));
    }

    @SuppressWarnings("unchecked")
    private Properties properties(String text) {
        Map<String, Object> raw = tx.json.objectMap(text);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        raw.forEach((ns, values) -> {
            if (values instanceof Map<?, ?> m) out.put(ns, (Map<String, Object>) m);
        });
        return new Properties(out);
    }
}
