package dev.switchboard.core.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The online agents of one routing plan as plain arrays, so that weighing agents is arithmetic, not
 * map lookups and allocations, plus, per department, the members in the method's order of preference
 * ({@link #candidates}), so that an inquiry looks at the few best agents instead of every member
 * (10,000 inquiries × 1,000 agents in the benchmark). Indexes follow the agent list. Not thread-safe:
 * one per plan.
 */
final class AgentPool {
    private static final long NEVER = Long.MIN_VALUE;
    private final List<RoutableAgent> agents;
    private final AgentLoads loads;
    private final long[] own;
    private final long[] total;
    private final long[] lastRouted;
    private final int[] rank;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, int[]> members = new HashMap<>();
    private final Map<String, long[]> departmentLoads = new HashMap<>();
    private final Map<String, java.util.TreeSet<Integer>> candidates = new HashMap<>();

    AgentPool(List<RoutableAgent> agents, AgentLoads loads) {
        this.agents = agents;
        this.loads = loads;
        int n = agents.size();
        own = new long[n];
        total = new long[n];
        lastRouted = new long[n];
        rank = new int[n];
        Integer[] byName = new Integer[n];
        for (int i = 0; i < n; i++) {
            RoutableAgent a = agents.get(i);
            own[i] = a.ownLimit();
            total[i] = loads.total(a.id());
            lastRouted[i] = a.lastRoutedAt() == null ? NEVER : nanos(a.lastRoutedAt());
            byName[i] = i;
            indexes.put(a.id(), i);
        }
        java.util.Arrays.sort(byName, (x, y) -> agents.get(x).username().compareTo(agents.get(y).username()));
        for (int r = 0; r < n; r++) rank[byName[r]] = r;
    }

    RoutableAgent agent(int i) { return agents.get(i); }

    /** The index of the agent with this id; -1 for null or an agent not in the pool. */
    int indexOf(String agentIdOrNull) {
        return agentIdOrNull == null ? -1 : indexes.getOrDefault(agentIdOrNull, -1);
    }

    /** The indexes of the agents who may serve the department (all of them for none). */
    int[] members(String departmentId) {
        return members.computeIfAbsent(Objects.requireNonNullElse(departmentId, ""), key -> {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                if (departmentId == null || agents.get(i).departmentIds().contains(departmentId)) in.add(i);
            }
            return in.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Each agent's counted chats in the department (unused for no department). */
    long[] departmentLoad(String departmentId) {
        if (departmentId == null) return null;
        return departmentLoads.computeIfAbsent(departmentId, d -> {
            long[] counts = new long[agents.size()];
            for (int i = 0; i < counts.length; i++) counts[i] = loads.inDepartment(agents.get(i).id(), d);
            return counts;
        });
    }

    boolean hasRoom(int i, long[] departmentLoad, long departmentLimit, long globalLimit) {
        return CapacityRules.hasRoom(own[i], total[i], departmentLimit, departmentLoad == null ? 0 : departmentLoad[i],
                globalLimit);
    }

    /**
     * The members of the department (all agents for none) that may still have room in it, best first
     * by the method. The caller removes a member found without room: loads only grow within a plan, so
     * it cannot have room there again. {@link #assign} keeps the order as loads change.
     */
    java.util.TreeSet<Integer> candidates(RoutingMethod method, String departmentId) {
        return candidates.computeIfAbsent(Objects.requireNonNullElse(departmentId, ""), key -> {
            var set = new java.util.TreeSet<Integer>((a, b) -> a.equals(b) ? 0 : prefers(method, a, b) ? -1 : 1);
            for (int i : members(departmentId)) set.add(i);
            return set;
        });
    }

    /** Whether agent {@code a} is preferred to agent {@code b} by the method. */
    boolean prefers(RoutingMethod method, int a, int b) {
        int c = switch (method) {
            case AUTO_SELECTION -> Long.compare(total[a], total[b]);
            case LOAD_BALANCING -> total[a] != total[b] ? Long.compare(total[a], total[b])
                    : Long.compare(lastRouted[a], lastRouted[b]);
            case LOAD_ROTATION -> Long.compare(lastRouted[a], lastRouted[b]);
            case MANUAL_SELECTION -> 0;
        };
        return c != 0 ? c < 0 : rank[a] < rank[b];
    }

    /** Records that agent {@code i} got a chat (counted in {@code departmentLoad} when there is one) at {@code at}. */
    void assign(int i, long[] departmentLoad, Instant at) {
        // The ordered sets must not see the agent's keys change while it is in them.
        List<java.util.TreeSet<Integer>> holding = new ArrayList<>(2);
        for (var set : candidates.values()) if (set.remove(i)) holding.add(set);
        total[i]++;
        if (departmentLoad != null) departmentLoad[i]++;
        lastRouted[i] = nanos(at);
        for (var set : holding) set.add(i);
    }

    private static long nanos(Instant t) { return t.getEpochSecond() * 1_000_000_000L + t.getNano(); }
}
