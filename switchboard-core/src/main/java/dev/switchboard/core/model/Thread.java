package dev.switchboard.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service episode of a chat: opened, queued, served, closed. Rocket.Chat calls it a livechat
 * room; LiveChat v3.6 a thread. A thread is open while {@code closedAt} is null; the database allows
 * at most one open thread per chat.
 *
 * @param name          the contact's display name when the thread opened (Rocket.Chat {@code fname})
 * @param departmentId  nullable
 * @param agent         nullable until an agent serves the thread
 * @param closedAt, closer, closedBy, closeComment nullable while open
 * @param closer        "visitor" or "user"
 * @param messageCount  messages (not system events) in the thread
 * @param lastMessageAt nullable before the first message
 * @param onHold        parked by its agent or for visitor inactivity: it does not count towards the
 *                      agent's limit until the visitor writes again
 */
public record Thread(
        String id,
        String chatId,
        String contactId,
        String name,
        String departmentId,
        ServingAgent agent,
        ThreadSource source,
        List<String> tags,
        Map<String, String> customFields,
        long messageCount,
        Instant lastMessageAt,
        Instant createdAt,
        Instant updatedAt,
        Instant closedAt,
        String closer,
        UserRef closedBy,
        String closeComment,
        boolean onHold) {

    public Thread {
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    public boolean isOpen() { return closedAt == null; }

    public Thread withAgent(ServingAgent newAgent, Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, newAgent, source, tags, customFields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    public Thread withMessage(Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source, tags, customFields,
                messageCount + 1, at, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    /** One message fewer (it was deleted); the time of the last message stays, as upstream's {@code lm} does. */
    public Thread withMessageRemoved(Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source, tags, customFields,
                Math.max(0, messageCount - 1), lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    public Thread closed(Instant at, String newCloser, UserRef by, String comment, List<String> newTags) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source,
                newTags == null ? tags : newTags, customFields, messageCount, lastMessageAt, createdAt, at,
                at, newCloser, by, comment, false);
    }

    public Thread withDepartment(String newDepartmentId, Instant at) {
        return new Thread(id, chatId, contactId, name, newDepartmentId, agent, source, tags, customFields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    /** The thread moved to another contact's chat (Rocket.Chat's change of a room's visitor). */
    public Thread withContact(String newChatId, String newContactId, String newName, Instant at) {
        return new Thread(id, newChatId, newContactId, newName, departmentId, agent, source, tags, customFields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    public Thread withOnHold(boolean newOnHold, Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source, tags, customFields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, newOnHold);
    }

    /** The same thread with other tags (LiveChat {@code tag_thread}/{@code untag_thread}). */
    public Thread withTags(List<String> newTags, Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source, newTags, customFields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    /** The same thread with other custom fields (Rocket.Chat {@code livechatData}). */
    public Thread withCustomFields(Map<String, String> fields, Instant at) {
        return new Thread(id, chatId, contactId, name, departmentId, agent, source, tags, fields,
                messageCount, lastMessageAt, createdAt, at, closedAt, closer, closedBy, closeComment, onHold);
    }

    /** The agent serving a thread, and since when. */
    public record ServingAgent(String id, String username, Instant since) {}

    /** Where a thread came from: type is widget, api, sms, ...; destination nullable. */
    public record ThreadSource(String type, String destination) {}
}
