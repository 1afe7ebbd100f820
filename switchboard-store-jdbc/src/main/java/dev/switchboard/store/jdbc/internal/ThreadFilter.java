package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.store.ThreadStore.ThreadQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a {@link ThreadQuery}. Every filter runs in SQL, so totals and paging count
 * exactly the threads that match. Date ranges include both ends.
 */
final class ThreadFilter {
    private ThreadFilter() {}

    static Filter of(ThreadQuery q, Dialect dialect) {
        Filter f = new Filter();
        if (present(q.agents())) {
            f.and("agent_id IN " + f.list(q.agents()) + " OR agent_username IN " + f.list(q.agents()));
        }
        if (q.departmentId() != null) f.and("department_id = " + f.param(q.departmentId()));
        if (q.open() != null) f.and(q.open() ? "closed_at IS NULL AND agent_id IS NOT NULL" : "closed_at IS NOT NULL");
        if (q.queued() != null) {
            String queued = "closed_at IS NULL AND agent_id IS NULL";
            f.and(q.queued() ? queued : "NOT (" + queued + ")");
        }
        range(f, "created_at", q.createdFrom(), q.createdTo());
        range(f, "closed_at", q.closedFrom(), q.closedTo());
        if (present(q.tags())) {
            // Any of the tags, like Rocket.Chat's {tags: {$in: [...]}}.
            StringBuilder anyTag = new StringBuilder();
            for (String tag : q.tags()) {
                if (!anyTag.isEmpty()) anyTag.append(" OR ");
                anyTag.append(dialect.jsonArrayContains("tags", f.param(tag)));
            }
            f.and(anyTag.toString());
        }
        if (q.nameContains() != null && !q.nameContains().isEmpty()) {
            f.and(dialect.likeIgnoreCase("name", f.param(Columns.containsPattern(q.nameContains()))));
        }
        if (q.customFields() != null) {
            for (Map.Entry<String, String> field : q.customFields().entrySet()) {
                f.and("lower(" + dialect.jsonObjectText("custom_fields", f.param(field.getKey())) + ") = lower("
                        + f.param(field.getValue()) + ")");
            }
        }
        return f;
    }

    private static void range(Filter f, String column, Instant from, Instant to) {
        if (from != null) f.and(column + " >= " + f.param(from.toEpochMilli()));
        if (to != null) f.and(column + " <= " + f.param(to.toEpochMilli()));
    }

    private static boolean present(List<String> values) { return values != null && !values.isEmpty(); }
}
