package dev.switchboard.core.model;

/**
 * The lasting conversation of one contact on one channel; its threads are the service episodes
 * (LiveChat v3.6 chat, livechat-agent-api-v3.6.md §3.4). Rocket.Chat has no such object: each of
 * its rooms is a thread of a chat.
 *
 * @param properties   never null
 * @param lastThreadId the newest thread; null while the chat has none
 */
public record Chat(String id, String contactId, String channel, Properties properties, String lastThreadId) {
    public Chat {
        properties = properties == null ? Properties.EMPTY : properties;
    }
}
