package dev.switchboard.api.livechat.rtm;

/**
 * One RTM push an event produces, serialized once, and who among the connections the hub offers it
 * to should get it.
 *
 * @param name         the push's action name (§5.6)
 * @param payload      the payload as JSON text
 * @param target       the rule that picks recipients
 * @param threadId     the thread concerned (nullable: pushes about agents)
 * @param agentId      the agent concerned: the serving or assigned agent, or the one whose status
 *                     changed (nullable)
 * @param departmentId the thread's department (nullable: group 0, every agent)
 * @param exceptUserId  a user who must not get it (nullable): nobody hears their own typing
 */
record Push(String name, String payload, Target target, String threadId, String agentId, String departmentId,
            String exceptUserId) {

    Push(String name, String payload, Target target, String threadId, String agentId, String departmentId) {
        this(name, payload, target, threadId, agentId, departmentId, null);
    }

    /** Who receives a push. */
    enum Target {
        /** Agents in the chat: its serving agent, and agents whose connection was told of the chat. */
        IN_CHAT,
        /** Agents who may see the chat: its group's agents (every agent for group 0), managers, agents in it. */
        SEES_CHAT,
        /** {@code agentId} only, when its connection has not been told of the chat yet. */
        NEW_TO_AGENT,
        /** {@code agentId} only. */
        AGENT,
        /** Everyone the hub offers it to: the event's audience already names its recipients. */
        AUDIENCE
    }
}
