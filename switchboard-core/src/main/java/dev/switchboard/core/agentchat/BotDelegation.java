package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat's {@code X-Author-Id} (livechat-agent-api-v3.6.md §1.4, C5): a request made with one
 * user's credentials runs as a bot. Switchboard's rule (open point O10): whoever may manage agents
 * (managers and administrators) may act as any active bot; a bot may act as itself; nobody else may
 * act as anyone. Thread-safe.
 */
public final class BotDelegation {
    private final Store store;

    public BotDelegation(Store store) { this.store = store; }

    /**
     * @return the bot the request runs as
     * @throws Forbidden {@code authorization} when the bot is unknown, not a bot, or not allowed
     */
    public User actAs(User requester, String botId) {
        if (requester.id().equals(botId)) return requester;
        User bot = store.read(tx -> tx.users().findById(botId)).filter(User::active).filter(u -> u.hasRole(Role.BOT))
                .orElseThrow(() -> new Forbidden("authorization", "X-Author-Id is not a bot the requester may act as"));
        if (!RolePermissions.has(requester, Permission.MANAGE_LIVECHAT_AGENTS)) {
            throw new Forbidden("authorization", "X-Author-Id is not a bot the requester may act as");
        }
        return bot;
    }
}
