package dev.switchboard.store.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A WHERE clause assembled from optional conditions, with the values bound by generated names
 * ({@code :p0}, {@code :p1}, ...) so that no value is ever spliced into SQL text. Not thread-safe;
 * one per query.
 */
final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Registers a non-null value and returns its placeholder. */
    String param(Object value) {
        if (value == null) throw new IllegalArgumentException("bind nulls with IS NULL, not as a parameter");
        String name = "p" + values.size();
        values.put(name, value);
        return ":" + name;
    }

    /** A parenthesized, comma-separated list of placeholders for a non-empty collection. */
    String list(Collection<?> items) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (Object item : items) joiner.add(param(item));
        return joiner.toString();
    }

    /** Adds a condition, ANDed with the others. */
    Filter and(String condition) {
        conditions.add("(" + condition + ")");
        return this;
    }

    /** {@code " WHERE ..."}, or "" when there is no condition. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        return statement;
    }
}
