package dev.switchboard.core.model;

import java.util.List;

/**
 * Which page of a listing to read.
 *
 * @param limit 0 means no limit
 * @param sort  keys in priority order; each listing documents the field names it accepts
 */
public record PageRequest(int offset, int limit, List<SortKey> sort) {
    public PageRequest {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static PageRequest all() { return new PageRequest(0, 0, List.of()); }

    /** A sort field and direction. */
    public record SortKey(String field, boolean ascending) {}
}
