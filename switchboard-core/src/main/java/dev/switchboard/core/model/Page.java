package dev.switchboard.core.model;

import java.util.List;

/** One page of a listing, with the number of matches overall. */
public record Page<T>(List<T> items, long total) {
    public Page { items = List.copyOf(items); }
}
