package dev.switchboard.core.agentchat;

import dev.switchboard.core.model.Properties;
import java.util.List;

/**
 * What {@code start_chat} and {@code resume_chat} ask for (InitialChat, §3.8), already validated by the
 * adapter.
 *
 * @param chatId         the chat to resume; null to start one
 * @param customerId     the customer listed in {@code chat.users} (nullable for resume)
 * @param agentIds       other agents listed in {@code chat.users}, to add to the chat
 * @param departmentId   the department of {@code access.group_ids} (nullable: no department)
 * @param tags           tags of the new thread
 * @param events         initial events, authored by the requester (spec P3)
 * @param active         false: the new thread is created already inactive
 * @param continuous     a continuous chat needs no online group
 */
public record ChatStart(String chatId, String customerId, List<String> agentIds, String departmentId,
                        Properties chatProperties, Properties threadProperties, List<String> tags,
                        List<NewEvent> events, boolean active, boolean continuous) {
    public ChatStart {
        agentIds = List.copyOf(agentIds);
        tags = List.copyOf(tags);
        events = List.copyOf(events);
        chatProperties = chatProperties == null ? Properties.EMPTY : chatProperties;
        threadProperties = threadProperties == null ? Properties.EMPTY : threadProperties;
    }

    /** The new thread's ids: chat, thread, and the initial events in request order. */
    public record Started(String chatId, String threadId, List<String> eventIds) {}
}
