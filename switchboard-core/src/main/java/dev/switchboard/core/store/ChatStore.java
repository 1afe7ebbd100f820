package dev.switchboard.core.store;

import dev.switchboard.core.model.Chat;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.Properties;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chats as the LiveChat v3.6 API sees them: their properties and their threads' properties, members,
 * followers, read marks, and the integer group ids LiveChat gives departments.
 */
public interface ChatStore {
    Optional<Chat> findById(String chatId);

    void setProperties(String chatId, Properties properties);

    /** A thread's properties (empty for an unknown thread). */
    Properties threadProperties(String threadId);

    void setThreadProperties(String threadId, Properties properties);

    /** Every department's LiveChat group id (assigned 1, 2, … as departments are created). */
    Map<String, Long> groupIds();

    List<ChatMember> members(String chatId);

    /** @return false when the user already was a member (its visibility is then updated) */
    boolean addMember(ChatMember member);

    boolean removeMember(String chatId, String userId);

    /** How far each user has seen the chat, by user id. */
    Map<String, Instant> seenUpTo(String chatId);

    /** Moves a user's read mark forward to {@code upTo}; an earlier time leaves it. */
    void markSeen(String chatId, String userId, Instant upTo);

    /** @return false when the user already followed the chat */
    boolean follow(String chatId, String userId);

    /** @return false when the user did not follow the chat */
    boolean unfollow(String chatId, String userId);

    /** Which of the chats the user follows. */
    Set<String> followedBy(String userId, Collection<String> chatIds);

    /** One page of chats matching {@code query}, newest latest-thread first unless ascending. */
    Page<Chat> list(ChatQuery query, int offset, int limit);

    /**
     * Which chats a listing includes; every field is optional.
     *
     * @param visibleTo       restricts to chats this agent may see: its departments' chats, chats
     *                        without a department, chats it serves or was added to (null: every chat)
     * @param agentDepartments the departments of {@code visibleTo} (ignored when it is null)
     * @param active          true: chats with an open thread; false: without; null: both
     * @param withoutThreads  whether chats that have no thread yet are included
     * @param departmentIds   only chats whose latest thread is in one of these (null: any; an entry
     *                        null means "no department")
     * @param ascending       oldest latest-thread first
     */
    record ChatQuery(String visibleTo, Set<String> agentDepartments, Boolean active, boolean withoutThreads,
                     Set<String> departmentIds, boolean ascending) {}
}
