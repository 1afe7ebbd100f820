package dev.switchboard.core.routing;

import java.time.Instant;
import java.util.Set;

/**
 * An online agent as routing needs it.
 *
 * @param departmentIds  the departments it serves (may be empty)
 * @param ownLimit       its own limit of simultaneous chats; 0 when not set
 * @param lastRoutedAt   when routing last gave it a chat; null if never
 */
public record RoutableAgent(String id, String username, Set<String> departmentIds, long ownLimit, Instant lastRoutedAt) {
    public RoutableAgent {
        departmentIds = Set.copyOf(departmentIds);
    }
}
