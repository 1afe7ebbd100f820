package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import java.util.Collection;
import java.util.List;

/**
 * Who may see a chat and who is in it, for the LiveChat v3.6 API. Seeing is LiveChat's
 * {@code chats--access:ro}: managers and administrators (Rocket.Chat's {@code view-livechat-rooms})
 * see every chat; an agent sees the chats of its departments, chats of no department (LiveChat's
 * group 0, "all agents"), and chats it serves or was added to. Being in a chat (the condition for
 * writing to it, §4.13) means serving its open thread or having been added to it. Pure; thread-safe.
 */
public final class ChatAccess {
    private ChatAccess() {}

    /**
     * @param latest           the chat's newest thread (null when it has none)
     * @param agentDepartments the departments {@code user} belongs to
     */
    public static boolean canSee(User user, Thread latest, Collection<String> agentDepartments, List<ChatMember> members) {
        if (RolePermissions.has(user, Permission.VIEW_LIVECHAT_ROOMS)) return true;
        if (latest == null || latest.departmentId() == null) return true;
        return agentDepartments.contains(latest.departmentId()) || serves(user, latest) || isMember(user, members);
    }

    /** Whether the user serves the chat's open thread or was added to the chat. */
    public static boolean isIn(User user, Thread latest, List<ChatMember> members) {
        return (latest != null && latest.isOpen() && serves(user, latest)) || isMember(user, members);
    }

    private static boolean serves(User user, Thread thread) {
        return thread.agent() != null && thread.agent().id().equals(user.id());
    }

    private static boolean isMember(User user, List<ChatMember> members) {
        return members.stream().anyMatch(m -> m.userId().equals(user.id()));
    }
}
