package dev.switchboard.core.routing;

import dev.switchboard.core.model.User;
import java.time.Instant;
import java.util.Set;

/**
 * An online agent as routing needs it.
 *
 * @param departmentIds  the departments it serves (may be empty)
 * @param ownLimit       its own limit of simultaneous chats; 0 when not set
 * @param lastRoutedAt   when routing last gave it a chat; null if never
 * @param user           the whole account, so that assigning needs no second read; always set by
 *                       the store, null only where the engine is used alone (tests, tools)
 */
public record RoutableAgent(String id, String username, Set<String> departmentIds, long ownLimit, Instant lastRoutedAt,
                            User user) {
    public RoutableAgent {
        departmentIds = Set.copyOf(departmentIds);
    }

    /** An agent without its account, for tests and tools that only plan. */
    public RoutableAgent(String id, String username, Set<String> departmentIds, long ownLimit, Instant lastRoutedAt) {
        this(id, username, departmentIds, ownLimit, lastRoutedAt, null);
    }
}
