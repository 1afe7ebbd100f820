package dev.switchboard.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Conversions between record values and column values. Instants are stored as BIGINT epoch
 * milliseconds (sub-millisecond precision is dropped); every conversion passes null through.
 */
final class Columns {
    private Columns() {}

    static Long millis(Instant instant) { return instant == null ? null : instant.toEpochMilli(); }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    /** The instant in column {@code column} (1-based). */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    static <E extends Enum<E>> String enumName(E value) { return value == null ? null : value.name(); }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * The escape character of our LIKE patterns. Not the usual backslash: Jdbi's SQL parser reads a
     * backslash inside a quoted literal as escaping the closing quote.
     */
    static final char LIKE_ESCAPE = '!';

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards in it taken literally. */
    static String containsPattern(String text) {
        String e = String.valueOf(LIKE_ESCAPE);
        return "%" + text.replace(e, e + e).replace("%", e + "%").replace("_", e + "_") + "%";
    }
}
