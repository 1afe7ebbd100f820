package dev.switchboard.core.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides which waiting inquiries go to which agents, right now. Pure and deterministic: the same
 * inputs give the same plan, so the rules are unit-tested on exact sequences and the side effects
 * (taking inquiries, posting system messages) stay with the caller.
 *
 * <p>Inquiries are considered oldest first, so the queue is FIFO within each department. An inquiry
 * that no eligible agent has room for is skipped, and younger inquiries of other departments still
 * get their turn. An agent is eligible when it serves the inquiry's department (any agent, for an
 * inquiry without one), is not the inquiry's excluded agent, and has room by {@link CapacityRules}.
 * The visitor's default agent wins while eligible; otherwise the method's preference decides.
 */
public final class RoutingEngine {
    private RoutingEngine() {}

    /**
     * @param waiting        the queue, in any order (sorted here by queue time, then id)
     * @param agents         the online agents
     * @param departmentOpen whether a department (never called with null) currently routes, e.g. by
     *                       its business hours; the inquiries of a closed one wait
     * @param now            the time recorded as each chosen agent's last routing
     */
    public static List<RoutingDecision> plan(RoutingMethod method, List<WaitingInquiry> waiting,
                                             List<RoutableAgent> agents, AgentLoads loads, CapacityRules capacity,
                                             Predicate<String> departmentOpen, Instant now) {
        if (!method.assignsAutomatically() || agents.isEmpty()) return List.of();
        var queue = new ArrayList<>(waiting);
        queue.sort(Comparator.comparing(WaitingInquiry::queuedAt).thenComparing(WaitingInquiry::id));
        AgentPool pool = new AgentPool(agents, loads);
        Map<String, Boolean> openness = new HashMap<>();
        // Departments in which nobody had room for an inquiry open to all its members: loads only grow
        // within a plan, so their later inquiries cannot fit either.
        Set<String> full = new HashSet<>();
        List<RoutingDecision> plan = new ArrayList<>();
        for (WaitingInquiry inquiry : queue) {
            String department = inquiry.departmentId();
            String key = department == null ? "" : department;
            if (full.contains(key)) continue;
            if (department != null && !openness.computeIfAbsent(department, departmentOpen::test)) continue;
            long[] departmentLoad = pool.departmentLoad(department);
            long departmentLimit = capacity.departmentLimit(department);
            int excluded = pool.indexOf(inquiry.excludedAgentId());
            int preferred = pool.indexOf(inquiry.defaultAgentId());
            var candidates = pool.candidates(method, department);
            int best = -1;
            if (preferred >= 0 && preferred != excluded && candidates.contains(preferred)
                    && pool.hasRoom(preferred, departmentLoad, departmentLimit, capacity.globalLimit())) {
                best = preferred;
            }
            // Best first: the first member with room (other than the excluded one) is the method's choice.
            for (var it = candidates.iterator(); best < 0 && it.hasNext(); ) {
                int i = it.next();
                if (i == excluded) continue;
                if (pool.hasRoom(i, departmentLoad, departmentLimit, capacity.globalLimit())) best = i;
                else it.remove();
            }
            if (best < 0) {
                if (inquiry.excludedAgentId() == null) full.add(key);
                continue;
            }
            // Within one plan each decision counts as a moment after the previous one, so that rotation
            // and tie-breaking go round the agents instead of treating this plan's picks as simultaneous.
            pool.assign(best, departmentLoad, now.plusNanos(plan.size()));
            plan.add(new RoutingDecision(inquiry, pool.agent(best)));
        }
        return plan;
    }
}
