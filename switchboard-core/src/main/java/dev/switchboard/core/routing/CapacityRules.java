package dev.switchboard.core.routing;

import java.util.Map;

/**
 * How many chats an agent may serve at once. Three levels, the most specific one that is set wins
 * (0 means "not set" at every level; when no level is set the agent is unlimited):
 * <ol>
 *   <li>the agent's own limit (Rocket.Chat {@code livechat.maxNumberSimultaneousChat}, LiveChat
 *       {@code max_chats_count}): counts all the agent's open chats;</li>
 *   <li>the inquiry's department's limit ({@code maxNumberSimultaneousChat}): counts the agent's open
 *       chats in that department only, so one agent can serve several departments each to its limit;</li>
 *   <li>the global setting {@code Livechat_maximum_chats_per_agent}: counts all open chats.</li>
 * </ol>
 * Chats on hold never count, and neither do inactive ones when so configured (the counts given to
 * {@link AgentLoads} already leave them out). Immutable.
 *
 * @param departmentLimits department id → limit; missing or 0: not set
 */
public record CapacityRules(long globalLimit, Map<String, Long> departmentLimits) {
    public CapacityRules {
        departmentLimits = Map.copyOf(departmentLimits);
    }

    public static CapacityRules unlimited() { return new CapacityRules(0, Map.of()); }

    /** Whether the agent may take one more chat of the department (nullable) given its loads. */
    public boolean hasRoom(RoutableAgent agent, String departmentId, AgentLoads loads) {
        return hasRoom(agent.ownLimit(), loads.total(agent.id()), departmentLimit(departmentId),
                departmentId == null ? 0 : loads.inDepartment(agent.id(), departmentId), globalLimit);
    }

    /** The department's limit; 0 when it sets none (or for no department). */
    public long departmentLimit(String departmentIdOrNull) {
        return departmentIdOrNull == null ? 0 : departmentLimits.getOrDefault(departmentIdOrNull, 0L);
    }

    /** The precedence itself, on plain numbers, for the routing engine's inner loop. */
    static boolean hasRoom(long ownLimit, long total, long departmentLimit, long inDepartment, long globalLimit) {
        if (ownLimit > 0) return total < ownLimit;
        if (departmentLimit > 0) return inDepartment < departmentLimit;
        return globalLimit <= 0 || total < globalLimit;
    }
}
