package dev.switchboard.core.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counted open chats per agent, in total and per department, as read from the store. A plan keeps
 * its own running counts on top (see {@code AgentPool}). Not thread-safe.
 */
public final class AgentLoads {
    private final Map<String, Long> totals = new HashMap<>();
    private final Map<String, Long> perDepartment = new HashMap<>();

    public AgentLoads(List<OpenLoad> loads) {
        for (OpenLoad l : loads) add(l.agentId(), l.departmentId(), l.count());
    }

    public long total(String agentId) { return totals.getOrDefault(agentId, 0L); }

    public long inDepartment(String agentId, String departmentId) {
        return perDepartment.getOrDefault(key(agentId, departmentId), 0L);
    }

    void add(String agentId, String departmentId, long n) {
        totals.merge(agentId, n, Long::sum);
        perDepartment.merge(key(agentId, departmentId), n, Long::sum);
    }

    private static String key(String agentId, String departmentId) {
        return agentId + '\u0000' + Objects.requireNonNullElse(departmentId, "");
    }
}
