package dev.switchboard.core.routing;

import java.time.Instant;

/**
 * A queued inquiry as routing needs it.
 *
 * @param departmentId     nullable: any online agent may serve it
 * @param defaultAgentId   nullable: the agent the visitor asked for, preferred while it has room
 * @param excludedAgentId  nullable: an agent this inquiry must not go back to (it left it unanswered)
 */
public record WaitingInquiry(String id, String threadId, String departmentId, String defaultAgentId,
                             String excludedAgentId, Instant queuedAt) {}
