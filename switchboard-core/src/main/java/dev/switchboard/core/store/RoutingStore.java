package dev.switchboard.core.store;

import dev.switchboard.core.routing.OpenLoad;
import dev.switchboard.core.routing.RoutableAgent;
import dev.switchboard.core.routing.WaitingInquiry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What routing reads and writes beyond the plain records: loads, limits, the queue, timers. */
public interface RoutingStore {
    /** Online agents (see {@code User#isOnlineAgent()}) with their departments, own limit and last routing. */
    List<RoutableAgent> onlineAgents();

    /**
     * Counted open chats per agent and department: open threads served by an agent and not on hold;
     * with {@code activeSince} non-null, only those with a message (or an assignment) at or after it.
     */
    List<OpenLoad> openLoads(Instant activeSinceOrNull);

    /** Every queued inquiry. */
    List<WaitingInquiry> waiting();

    /** Department id → its limit, for departments that set one. */
    Map<String, Long> departmentLimits();

    /** Records that routing gave the agent a chat at {@code at}. */
    void markRouted(String agentId, Instant at);

    /** @return the agent's own limit; 0 when not set */
    long agentLimit(String userId);

    /** Sets (or with 0 clears) the agent's own limit. */
    void setAgentLimit(String userId, long limit);

    /** Keeps the agent out of the inquiry's next routing (null: nobody). */
    void excludeAgent(String inquiryId, String agentIdOrNull);

    /** The open threads the agent serves. */
    List<String> openThreadsOf(String agentId);

    /** Open threads whose agent got them at or before {@code assignedBefore} and has sent no message since. */
    List<String> unansweredThreads(Instant assignedBefore);

    /**
     * Open, served threads not on hold whose last message is the agent's and is older than
     * {@code lastMessageBefore}: the visitor went quiet.
     */
    List<String> abandonedThreads(Instant lastMessageBefore);
}
