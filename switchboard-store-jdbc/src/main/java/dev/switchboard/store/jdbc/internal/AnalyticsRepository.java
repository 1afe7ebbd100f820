package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.AnalyticsStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link AnalyticsStore} as one aggregate query per figure over {@code threads} (with the moments of
 * their first assignment and first agent message where a timing needs them). The SQL is the same text on
 * SQLite and PostgreSQL: {@code CASE WHEN on_hold} reads an integer flag and a boolean alike.
 */
final class AnalyticsRepository implements AnalyticsStore {
    private static final String PERIOD = " WHERE t.created_at >= :start AND t.created_at <= :end"
            + " AND (CAST(:department AS TEXT) IS NULL OR t.department_id = :department)";
    /** When an agent first joined the room: the "uj" system event of routing and taking (inquiries are gone once closed). */
    private static final String FIRST_ASSIGNED = "(SELECT MIN(e.created_at) FROM events e WHERE e.thread_id = t.id AND e.type = 'uj')";
    /** When an agent first wrote a message (not a system event) in the room. */
    private static final String FIRST_ANSWERED = "(SELECT MIN(e.created_at) FROM events e WHERE e.thread_id = t.id"
            + " AND e.type IS NULL AND e.author_kind = 'AGENT')";

    private final Tx tx;

    AnalyticsRepository(Tx tx) { this.tx = tx; }

    @Override
    public ConversationTotals conversationTotals(Period period) {
        return bind(tx.query("SELECT COUNT(*) AS total,"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NULL THEN 1 ELSE 0 END), 0) AS open,"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NULL AND t.on_hold THEN 1 ELSE 0 END), 0) AS on_hold,"
                + " COALESCE(SUM(t.message_count), 0) AS messages, COUNT(DISTINCT t.contact_id) AS visitors"
                + " FROM threads t" + PERIOD), period)
                .map((rs, ctx) -> new ConversationTotals(rs.getLong("total"), rs.getLong("open"), rs.getLong("on_hold"),
                        rs.getLong("messages"), rs.getLong("visitors")))
                .one();
    }

    @Override
    public ChatStates chatStates(Period period) {
        return bind(tx.query("SELECT"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NULL AND NOT t.on_hold AND t.agent_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS open,"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NULL AND NOT t.on_hold AND t.agent_id IS NULL THEN 1 ELSE 0 END), 0) AS queued,"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NULL AND t.on_hold THEN 1 ELSE 0 END), 0) AS on_hold,"
                + " COALESCE(SUM(CASE WHEN t.closed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS closed"
                + " FROM threads t" + PERIOD), period)
                .map((rs, ctx) -> new ChatStates(rs.getLong("open"), rs.getLong("queued"), rs.getLong("on_hold"),
                        rs.getLong("closed")))
                .one();
    }

    @Override
    public Timings timings(Period period) {
        String moments = "SELECT t.created_at, t.closed_at, " + FIRST_ASSIGNED + " AS assigned_at, "
                + FIRST_ANSWERED + " AS answered_at FROM threads t" + PERIOD;
        return bind(tx.query("SELECT AVG(answered_at - created_at) AS fr_avg, MAX(answered_at - created_at) AS fr_max,"
                + " AVG(answered_at - assigned_at) AS re_avg, MAX(answered_at - assigned_at) AS re_max,"
                + " AVG(assigned_at - created_at) AS wa_avg, MAX(assigned_at - created_at) AS wa_max,"
                + " AVG(closed_at - created_at) AS du_avg, MAX(closed_at - created_at) AS du_max FROM (" + moments + ") m"), period)
                .map((rs, ctx) -> new Timings(timing(rs, "fr"), timing(rs, "re"), timing(rs, "wa"), timing(rs, "du")))
                .one();
    }

    private static Query bind(Query query, Period period) {
        return query.bind("start", Columns.millis(period.start())).bind("end", Columns.millis(period.end()))
                .bind("department", period.departmentId());
    }

    /** Milliseconds in the database, seconds to the caller; a negative span (clock skew) counts as 0. */
    private static Timing timing(ResultSet rs, String prefix) throws SQLException {
        double avg = rs.getDouble(prefix + "_avg");
        double max = rs.getDouble(prefix + "_max");
        return new Timing(Math.max(0, avg) / 1000.0, Math.max(0, max) / 1000.0);
    }
}
