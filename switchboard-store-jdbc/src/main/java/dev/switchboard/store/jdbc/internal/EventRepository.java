package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.EventStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link EventStore} on the {@code events} table. Each thread counts the sequence numbers it handed
 * out ({@code threads.last_event_seq}), so numbers only grow, even past deleted events; the thread's
 * row is locked first so that concurrent appends to one thread queue up instead of clashing on
 * {@code unique(thread_id, seq)}. The {@code hidden} and {@code agents_only} columns mirror
 * {@link Event#isHidden()} and {@link Event#isAgentsOnly()} for history to filter on.
 */
final class EventRepository implements EventStore {
    private static final String COLUMNS = "id, thread_id, seq, type, text, author_id, author_username, author_kind,"
            + " author_name, token, alias, attributes, created_at, updated_at, edited_at";
    /**
     * Rows per INSERT statement for many events: one statement of 64 rows costs the database (and the
     * driver) far less than 64 statements, and 64 × 17 parameters stay well below both databases' limits.
     */
    private static final int ROWS_PER_INSERT = 64;
    private static final String INSERT_POSITIONAL = insert(1);
    private static final String INSERT_MANY = insert(ROWS_PER_INSERT);
    /** Moves a thread's counter and answers its new value: one statement, under the row's write lock. */
    private static final String NEXT_SEQ = "UPDATE threads SET last_event_seq = last_event_seq + 1 WHERE id = ?"
            + " RETURNING last_event_seq";
    /** {@link #NEXT_SEQ} that also records a message's room activity: one row write per message, not two. */
    private static final String NEXT_SEQ_WITH_ACTIVITY = "UPDATE threads SET " + ThreadRepository.ACTIVITY
            + ", last_event_seq = last_event_seq + 1 WHERE id = ? RETURNING last_event_seq";

    private final Tx tx;

    EventRepository(Tx tx) { this.tx = tx; }

    /**
     * One event, the hot path (every message): the thread's counter moves and answers in one statement
     * instead of a locking read and a write. A clashing id fails after the counter moved: the write's
     * savepoint or transaction undoes both, and a caller that catches and goes on only skips a number.
     */
    @Override
    public Event append(Event e) {
        try (JdbcBatch next = new JdbcBatch(tx, NEXT_SEQ)) {
            return insertNumbered(e, next.text(e.threadId()));
        }
    }

    @Override
    public Event append(Event e, Thread activity) {
        if (!activity.id().equals(e.threadId())) {
            throw new IllegalArgumentException("event " + e.id() + " is not in thread " + activity.id());
        }
        try (JdbcBatch next = new JdbcBatch(tx, NEXT_SEQ_WITH_ACTIVITY)) {
            return insertNumbered(e, ThreadRepository.bindActivity(next, activity).text(e.threadId()));
        }
    }

    /** Numbers {@code e} with what {@code nextSeq} (a bound counter update) answers, then inserts it. */
    private Event insertNumbered(Event e, JdbcBatch nextSeq) {
        // Without a thread row the count starts at 1; the foreign key, where enforced, refuses the event.
        Event stored = e.withSeq(nextSeq.one((rs, ctx) -> rs.getLong(1)).orElse(1L));
        if (insertRows(INSERT_POSITIONAL, List.of(stored), 1) != 1) {
            throw new DuplicateKeyException("event " + stored.id() + " clashes with an existing key", null);
        }
        return stored;
    }

    /**
     * Numbers the events after each thread's last sequence (read under a row lock where the database
     * has one), inserts them in multi-row statements of one batch and moves each thread's counter in another.
     */
    @Override
    public List<Event> appendAll(List<Event> events) {
        Map<String, Long> last = lastSeqs(events.stream().map(Event::threadId).distinct().toList());
        List<Event> stored = new ArrayList<>(events.size());
        for (Event e : events) stored.add(e.withSeq(last.merge(e.threadId(), 1L, Long::sum)));
        // Without a thread row the count starts at 1; the foreign key, where enforced, refuses the event.
        int whole = stored.size() - stored.size() % ROWS_PER_INSERT;
        long inserted = insertRows(INSERT_MANY, stored.subList(0, whole), ROWS_PER_INSERT)
                + insertRows(INSERT_POSITIONAL, stored.subList(whole, stored.size()), 1);
        if (inserted != stored.size()) {
            // A multi-row INSERT reports only its total, so a clash within many events names none of them.
            String clash = stored.size() == 1 ? stored.get(0).id() : "of " + stored.size() + " appended";
            throw new DuplicateKeyException("event " + clash + " clashes with an existing key", null);
        }
        try (JdbcBatch counters = new JdbcBatch(tx, "UPDATE threads SET last_event_seq = ? WHERE id = ?")) {
            last.forEach((thread, seq) -> counters.number(seq).text(thread).add());
            counters.execute();
        }
        return stored;
    }

    /** Each thread's last sequence, read under a row lock where the database has one; missing threads left out. */
    private Map<String, Long> lastSeqs(List<String> threads) {
        Map<String, Long> last = new HashMap<>();
        tx.inChunks(threads, chunk -> {
            Filter filter = new Filter();
            filter.and("id IN " + filter.list(chunk));
            return filter.bind(tx.query("SELECT id, last_event_seq FROM threads" + filter.where() + tx.dialect.forUpdate()))
                    .map((rs, ctx) -> last.put(rs.getString("id"), rs.getLong("last_event_seq"))).list();
        });
        return last;
    }

    private static String insert(int rows) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO events (" + COLUMNS + ", hidden, agents_only) VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row))
                + " ON CONFLICT DO NOTHING";
    }

    /** Inserts {@code events} through {@code sql}, {@code perStatement} rows per execution; @return rows inserted */
    private long insertRows(String sql, List<Event> events, int perStatement) {
        if (events.isEmpty()) return 0;
        long inserted = 0;
        try (JdbcBatch batch = new JdbcBatch(tx, sql)) {
            for (int i = 0; i < events.size(); i++) {
                bindInsert(batch, events.get(i));
                if ((i + 1) % perStatement == 0) batch.add();
            }
            // A driver that rewrites batches may answer SUCCESS_NO_INFO (-2): counted as all rows in.
            for (int n : batch.execute()) inserted += n < 0 ? perStatement : n;
        }
        return inserted;
    }

    private JdbcBatch bindInsert(JdbcBatch batch, Event stored) {
        UserRef author = stored.author();
        return batch.text(stored.id())
                .text(stored.threadId())
                .number(stored.seq())
                .text(stored.type())
                .text(stored.text())
                .text(author == null ? null : author.id())
                .text(author == null ? null : author.username())
                .text(Columns.enumName(stored.authorKind()))
                .text(stored.authorName())
                .text(stored.token())
                .text(stored.alias())
                .text(tx.json.write(stored.attributes()))
                .number(Columns.millis(stored.createdAt()))
                .number(Columns.millis(stored.updatedAt()))
                .number(Columns.millis(stored.editedAt()))
                .bool(stored.isHidden())
                .bool(stored.isAgentsOnly());
    }



    @Override
    public void update(Event e) {
        tx.execute(tx.update("UPDATE events SET text = :text, attributes = :attributes, updated_at = :updatedAt,"
                        + " edited_at = :editedAt, hidden = :hidden, agents_only = :agentsOnly WHERE id = :id")
                .bind("hidden", e.isHidden())
                .bind("agentsOnly", e.isAgentsOnly())
                .bind("id", e.id())
                .bind("text", e.text())
                .bind("attributes", tx.json.write(e.attributes()))
                .bind("updatedAt", Columns.millis(e.updatedAt()))
                .bind("editedAt", Columns.millis(e.editedAt())));
    }

    @Override
    public Optional<Event> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM events WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    @Override
    public boolean delete(String id) {
        return tx.execute(tx.update("DELETE FROM events WHERE id = :id").bind("id", id)) > 0;
    }

    @Override
    public List<Event> history(String threadId, Instant before, Set<String> excludeTypes, int offset, int limit) {
        return history(threadId, before, excludeTypes, offset, limit, false);
    }

    @Override
    public List<Event> contactHistory(String threadId, Instant before, Set<String> excludeTypes, int offset, int limit) {
        return history(threadId, before, excludeTypes, offset, limit, true);
    }

    private List<Event> history(String threadId, Instant before, Set<String> excludeTypes, int offset, int limit,
                                boolean contactView) {
        Filter filter = new Filter();
        filter.and("thread_id = " + filter.param(threadId));
        filter.and("NOT hidden");
        if (contactView) filter.and("NOT agents_only");
        if (before != null) filter.and("created_at < " + filter.param(before.toEpochMilli()));
        if (excludeTypes != null && !excludeTypes.isEmpty()) {
            // Ordinary messages have no type and are never excluded.
            filter.and("type IS NULL OR type NOT IN " + filter.list(excludeTypes));
        }
        String sql = "SELECT " + COLUMNS + " FROM events" + filter.where() + " ORDER BY seq DESC"
                + tx.dialect.limitOffset(limit, offset);
        return filter.bind(tx.query(sql)).map(this::map).list();
    }

    @Override
    public List<Event> ofType(java.util.Collection<String> threadIds, String type, int limit) {
        if (threadIds.isEmpty()) return List.of();
        Filter filter = new Filter();
        filter.and("thread_id IN " + filter.list(threadIds));
        filter.and("type = " + filter.param(type));
        String sql = "SELECT " + COLUMNS + " FROM events" + filter.where() + " ORDER BY created_at DESC, seq DESC"
                + tx.dialect.limitOffset(limit, 0);
        return filter.bind(tx.query(sql)).map(this::map).list();
    }

    @Override
    public long countOfType(java.util.Collection<String> threadIds, String type) {
        if (threadIds.isEmpty()) return 0;
        Filter filter = new Filter();
        filter.and("thread_id IN " + filter.list(threadIds));
        filter.and("type = " + filter.param(type));
        return filter.bind(tx.query("SELECT COUNT(*) FROM events" + filter.where())).mapTo(Long.class).one();
    }

    private Event map(ResultSet rs, StatementContext ctx) throws SQLException {
        String authorId = rs.getString("author_id");
        String authorUsername = rs.getString("author_username");
        return new Event(
                rs.getString("id"),
                rs.getString("thread_id"),
                rs.getLong("seq"),
                rs.getString("type"),
                rs.getString("text"),
                authorId == null && authorUsername == null ? null : new UserRef(authorId, authorUsername),
                Columns.enumValue(AuthorKind.class, rs.getString("author_kind")),
                rs.getString("author_name"),
                rs.getString("token"),
                rs.getString("alias"),
                tx.json.objectMap(rs.getString("attributes")),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                Columns.instant(rs, "edited_at"));
    }
}
