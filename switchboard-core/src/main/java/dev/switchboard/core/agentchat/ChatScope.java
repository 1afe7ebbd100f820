package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.ChatStore;
import dev.switchboard.core.store.StoreTx;
import java.util.HashSet;

/** Narrows a chat listing to what the requester may see ({@link ChatAccess}). */
final class ChatScope {
    private ChatScope() {}

    static ChatStore.ChatQuery of(StoreTx tx, User requester, ChatStore.ChatQuery query) {
        if (RolePermissions.has(requester, Permission.VIEW_LIVECHAT_ROOMS)) {
            return new ChatStore.ChatQuery(null, null, query.active(), query.withoutThreads(), query.departmentIds(),
                    query.ascending());
        }
        return new ChatStore.ChatQuery(requester.id(), new HashSet<>(tx.departments().departmentIdsOfAgent(requester.id())),
                query.active(), query.withoutThreads(), query.departmentIds(), query.ascending());
    }
}
