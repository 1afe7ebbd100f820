package dev.switchboard.core.agentchat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;

/**
 * LiveChat's Web {@code logout} (§4.34, open point O12). Switchboard's meaning of "end all of the
 * agent's sessions": its Agent Chat API sessions, i.e. every RTM connection, which the RTM adapter
 * closes with {@code agent_disconnected} / {@code agent_logged_out_remotely} on
 * {@link DomainEvent.AgentLoggedOut}. The login tokens are not revoked: one Rocket.Chat login serves
 * both API families, and revoking it would also sign the agent out of its Rocket.Chat console (and
 * fail the very Web API client that asked). Logging out another agent needs the right to manage
 * agents. Thread-safe.
 */
public final class AgentLogout {
    private final Store store;
    private final EventBus bus;

    public AgentLogout(Store store, EventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    /**
     * @param agentId null: the requester
     * @throws NotFound  {@code agent}
     * @throws Forbidden {@code authorization}
     */
    public void logout(User requester, String agentId) {
        String target = agentId == null ? requester.id() : agentId;
        if (!target.equals(requester.id())) {
            store.read(tx -> tx.users().findById(target))
                    .filter(u -> u.hasRole(Role.LIVECHAT_AGENT) || u.hasRole(Role.BOT))
                    .orElseThrow(() -> new NotFound("agent", "Agent not found"));
            if (!RolePermissions.has(requester, Permission.MANAGE_LIVECHAT_AGENTS)) {
                throw new Forbidden("authorization", "Logging out another agent needs the right to manage agents");
            }
        }
        bus.publish(new DomainEvent.AgentLoggedOut(target, requester.id()));
    }
}
