package dev.switchboard.store.jdbc.internal;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.PageRequest.SortKey;
import java.util.List;
import java.util.Map;

/**
 * Turns the sort keys of a {@code PageRequest} into an ORDER BY clause over the fields a listing
 * documents. NULLs sort last in both directions (the databases disagree by default), and the id
 * breaks ties so that paging is deterministic. Immutable.
 *
 * @param expressions SQL expression of each accepted field name
 * @param byDefault   the order when the request names none
 */
record Sorting(Map<String, String> expressions, SortKey byDefault) {

    String orderBy(List<SortKey> keys) {
        StringBuilder sql = new StringBuilder(" ORDER BY ");
        for (SortKey key : keys.isEmpty() ? List.of(byDefault) : keys) {
            String expression = expressions.get(key.field());
            if (expression == null) {
                throw new Invalid("invalid-params", "unknown sort field '" + key.field() + "'");
            }
            sql.append(expression).append(key.ascending() ? " ASC" : " DESC").append(" NULLS LAST, ");
        }
        return sql.append("id ASC").toString();
    }
}
