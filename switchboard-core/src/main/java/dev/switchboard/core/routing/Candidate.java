package dev.switchboard.core.routing;

import java.time.Instant;
import java.util.Comparator;

/**
 * An agent as one routing decision sees it: its current counted load and when it last got a routed
 * chat (null: never, which ranks before any time).
 */
record Candidate(RoutableAgent agent, long openChats, Instant lastRoutedAt) {
    static final Comparator<Instant> NEVER_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    String username() { return agent.username(); }
}
