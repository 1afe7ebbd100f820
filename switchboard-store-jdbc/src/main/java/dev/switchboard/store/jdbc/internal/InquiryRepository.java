package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Inquiry.InquiryStatus;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.PageRequest.SortKey;
import dev.switchboard.core.store.InquiryStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link InquiryStore} on the {@code inquiries} table. {@link #take} is a single compare-and-set
 * UPDATE, so of any number of concurrent takers on any number of nodes exactly one wins.
 */
final class InquiryRepository implements InquiryStore {
    private static final String COLUMNS = "id, thread_id, contact_id, name, status, department_id, default_agent_id,"
            + " source_type, created_at, queued_at, taken_at, taken_by, updated_at";
    private static final String QUEUED = "queued";
    private static final String TAKEN = "taken";

    private final Tx tx;
    private final Sorting sorting;

    InquiryRepository(Tx tx) {
        this.tx = tx;
        this.sorting = new Sorting(Map.of(
                "createdAt", "created_at",
                "queuedAt", "queued_at",
                "name", tx.dialect.textSortKey("name")), new SortKey("createdAt", false));
    }

    @Override
    public void insert(Inquiry i) {
        tx.execute(tx.update("INSERT INTO inquiries (" + COLUMNS + ") VALUES (:id, :threadId, :contactId, :name,"
                        + " :status, :departmentId, :defaultAgentId, :sourceType, :createdAt, :queuedAt, :takenAt,"
                        + " :takenBy, :updatedAt)")
                .bind("id", i.id())
                .bind("threadId", i.threadId())
                .bind("contactId", i.contactId())
                .bind("name", i.name())
                .bind("status", i.status().wireName())
                .bind("departmentId", i.departmentId())
                .bind("defaultAgentId", i.defaultAgentId())
                .bind("sourceType", i.sourceType())
                .bind("createdAt", Columns.millis(i.createdAt()))
                .bind("queuedAt", Columns.millis(i.queuedAt()))
                .bind("takenAt", Columns.millis(i.takenAt()))
                .bind("takenBy", i.takenBy())
                .bind("updatedAt", Columns.millis(i.updatedAt())));
    }

    @Override
    public void update(Inquiry i) {
        tx.execute(tx.update("UPDATE inquiries SET department_id = :departmentId, updated_at = :updatedAt WHERE id = :id")
                .bind("id", i.id()).bind("departmentId", i.departmentId()).bind("updatedAt", Columns.millis(i.updatedAt())));
    }

    @Override
    public Optional<Inquiry> findById(String id) {
        return tx.query("SELECT " + COLUMNS + " FROM inquiries WHERE id = :id").bind("id", id).map(this::map).findOne();
    }

    @Override
    public Optional<Inquiry> findByThread(String threadId) {
        return tx.query("SELECT " + COLUMNS + " FROM inquiries WHERE thread_id = :threadId")
                .bind("threadId", threadId).map(this::map).findOne();
    }

    @Override
    public boolean take(String inquiryId, String agentId, Instant at) {
        return tx.execute(tx.update("UPDATE inquiries SET status = :taken, taken_by = :agentId, taken_at = :at,"
                        + " updated_at = :at WHERE id = :id AND status = :queued")
                .bind("taken", TAKEN).bind("queued", QUEUED)
                .bind("id", inquiryId).bind("agentId", agentId).bind("at", Columns.millis(at))) == 1;
    }

    @Override
    public List<String> takeAll(List<Take> takes) {
        int[] changed;
        try (JdbcBatch batch = new JdbcBatch(tx, "UPDATE inquiries SET status = '" + TAKEN + "', taken_by = ?, taken_at = ?,"
                + " updated_at = ? WHERE id = ? AND status = '" + QUEUED + "'")) {
            for (Take t : takes) {
                Long at = Columns.millis(t.at());
                batch.text(t.agentId()).number(at).number(at).text(t.inquiryId()).add();
            }
            changed = batch.execute();
        }
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < changed.length; i++) if (changed[i] != 1) lost.add(takes.get(i).inquiryId());
        return lost;
    }

    /** Every queued inquiry with the agent it must not go back to (see {@code RoutingStore.waiting}). */
    List<dev.switchboard.core.routing.WaitingInquiry> queuedForRouting() {
        return tx.query("SELECT " + COLUMNS + ", excluded_agent_id FROM inquiries WHERE status = :queued")
                .bind("queued", QUEUED)
                .map((rs, ctx) -> new dev.switchboard.core.routing.WaitingInquiry(map(rs, ctx),
                        rs.getString("excluded_agent_id")))
                .list();
    }

    @Override
    public List<Inquiry> findAllById(java.util.Collection<String> ids) {
        return tx.inChunks(ids, chunk -> {
            Filter filter = new Filter();
            filter.and("id IN " + filter.list(chunk));
            return filter.bind(tx.query("SELECT " + COLUMNS + " FROM inquiries" + filter.where())).map(this::map).list();
        });
    }

    /** Also restarts {@code queuedAt}, as Rocket.Chat does: the wait in the queue begins again. */
    @Override
    public void requeue(String inquiryId, Instant at) {
        tx.execute(tx.update("UPDATE inquiries SET status = :queued, taken_by = NULL, taken_at = NULL,"
                        + " queued_at = :at, updated_at = :at WHERE id = :id AND status = :taken")
                .bind("taken", TAKEN).bind("queued", QUEUED).bind("id", inquiryId).bind("at", Columns.millis(at)));
    }

    @Override
    public void deleteByThread(String threadId) {
        tx.execute(tx.update("DELETE FROM inquiries WHERE thread_id = :threadId").bind("threadId", threadId));
    }

    @Override
    public Page<Inquiry> listQueued(QueueQuery query, PageRequest page) {
        Filter filter = new Filter();
        filter.and("status = " + filter.param(QUEUED));
        List<String> departments = query.departmentIds() == null ? List.of() : query.departmentIds();
        if (!departments.isEmpty() || query.includeNoDepartment()) {
            List<String> any = new ArrayList<>();
            if (!departments.isEmpty()) any.add("department_id IN " + filter.list(departments));
            if (query.includeNoDepartment()) any.add("department_id IS NULL");
            if (query.orDefaultAgentId() != null) any.add("default_agent_id = " + filter.param(query.orDefaultAgentId()));
            filter.and(String.join(" OR ", any));
        }
        return tx.page(COLUMNS, "inquiries", filter, sorting, page, this::map);
    }

    private Inquiry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Inquiry(
                rs.getString("id"),
                rs.getString("thread_id"),
                rs.getString("contact_id"),
                rs.getString("name"),
                InquiryStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("department_id"),
                rs.getString("default_agent_id"),
                rs.getString("source_type"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "queued_at"),
                Columns.instant(rs, "taken_at"),
                rs.getString("taken_by"),
                Columns.instant(rs, "updated_at"));
    }
}
