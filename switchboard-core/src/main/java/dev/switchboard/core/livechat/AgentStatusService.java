package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.routing.OpenDepartments;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.List;

/**
 * An agent's livechat availability ({@code statusLivechat}: accepting chats or not), kept apart from
 * its connection presence, and its own limit of simultaneous chats. Changing either may let the
 * queue drain, so both announce themselves on the bus. Thread-safe.
 */
public final class AgentStatusService {
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final OpenDepartments openDepartments;

    public AgentStatusService(Store store, Clock clock, EventBus bus, OpenDepartments openDepartments) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.openDepartments = openDepartments;
    }

    /**
     * Sets (or, with {@code status} null, toggles) the livechat status of {@code agentId} (null: the
     * actor). Rocket.Chat's {@code livechat/agent.status} rules (rocketchat-livechat.md §4.4).
     *
     * @throws NotFound {@code Agent not found}
     */
    public LivechatStatus set(User actor, String agentId, LivechatStatus status) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        var now = clock.instant();
        var open = openDepartments.at(now);
        User updated = store.write(tx -> {
            User agent = agentId == null ? actor : tx.users().findById(agentId).orElse(null);
            if (agent == null || !agent.hasRole(Role.LIVECHAT_AGENT)) throw new NotFound("Agent not found", null);
            if (!agent.id().equals(actor.id())) RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_AGENTS);
            if (!agent.active()) throw new Invalid("error-user-deactivated", "User is deactivated");
            LivechatStatus next = status != null ? status
                    : agent.livechatStatus() == LivechatStatus.AVAILABLE ? LivechatStatus.NOT_AVAILABLE : LivechatStatus.AVAILABLE;
            if (next == LivechatStatus.AVAILABLE) {
                List<String> departments = tx.departments().departmentIdsOfAgent(agent.id());
                if (!departments.isEmpty() && departments.stream().noneMatch(open)) {
                    throw new Invalid("error-business-hours-are-closed", "Business hours are closed");
                }
            }
            User changed = agent.withAgent(next, agent.operator(), now);
            tx.users().update(changed);
            return changed;
        });
        bus.publish(new DomainEvent.AgentStatusChanged(updated));
        return updated.livechatStatus();
    }

    /** The agent's own limit of simultaneous chats (0: not set). */
    public long maxChats(User actor, String agentId) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        return store.read(tx -> {
            requireAgent(tx, agentId);
            return tx.routing().agentLimit(agentId);
        });
    }

    /** Sets the agent's own limit (0 clears it: the department's or the global limit applies). */
    public void setMaxChats(User actor, String agentId, long limit) {
        RolePermissions.require(actor, Permission.MANAGE_LIVECHAT_AGENTS);
        if (limit < 0) throw new Invalid("error-invalid-limit", "The limit must not be negative");
        store.write(tx -> {
            requireAgent(tx, agentId);
            tx.routing().setAgentLimit(agentId, limit);
            return null;
        });
        bus.publish(new DomainEvent.RoutingRulesChanged("agent limit"));
    }

    private static User requireAgent(dev.switchboard.core.store.StoreTx tx, String agentId) {
        return tx.users().findById(agentId).filter(u -> u.hasRole(Role.LIVECHAT_AGENT))
                .orElseThrow(() -> new NotFound("Agent not found", null));
    }
}
