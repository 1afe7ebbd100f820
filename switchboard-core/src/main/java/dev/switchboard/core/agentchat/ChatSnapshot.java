package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One chat with one of its threads, as a requester may see it: everything the LiveChat v3.6 Chat and
 * ChatSummary structures (livechat-agent-api-v3.6.md §3.4, §3.6) are rendered from.
 *
 * @param customer         the chat's customer (null if the contact was removed)
 * @param thread           the chosen thread; null when the chat has none
 * @param events           the thread's events visible to the requester, oldest first
 * @param agents           the thread's serving agent (if any) first, then the chat's added members
 * @param members          the agents added to the chat, with their visibility
 * @param seenUpTo         read marks by user id (contact id for the customer)
 * @param previousThreadId nullable; likewise {@code nextThreadId}
 * @param groupIds         LiveChat group id by department id
 * @param queue            the thread's place in the queue while it waits (null otherwise)
 */
public record ChatSnapshot(Chat chat, CustomerFacts customer, Thread thread, Properties threadProperties, List<Event> events,
                           List<User> agents, List<ChatMember> members, Map<String, Instant> seenUpTo,
                           boolean followed, String previousThreadId, String nextThreadId,
                           Map<String, Long> groupIds, QueueSpot queue) {

    /** The LiveChat group id of the thread's department: 0 (all agents) when it has none. */
    public long groupId() {
        if (thread == null || thread.departmentId() == null) return 0;
        return groupIds.getOrDefault(thread.departmentId(), 0L);
    }

    /** A waiting thread's queue position (1 is next), expected wait in seconds, and since when it waits. */
    public record QueueSpot(int position, long waitSeconds, Instant queuedAt) {}
}
