package dev.switchboard.core.routing;

import dev.switchboard.core.store.UserStore.AgentLoad;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the agent for a new inquiry among online candidates: fewest open chats first (Rocket.Chat's
 * Auto_Selection); among equals, the one who waited longest since its last assignment (never
 * assigned counts as longest), then the username, so that the choice is deterministic. Pure.
 */
public final class AgentSelector {
    private static final Comparator<AgentLoad> ORDER = Comparator
            .comparingLong(AgentLoad::openThreads)
            .thenComparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(a -> a.agent().username());

    private AgentSelector() {}

    public static Optional<AgentLoad> pick(List<AgentLoad> candidates) {
        return candidates.stream().min(ORDER);
    }
}
