package dev.switchboard.core.model;

import java.time.Instant;
import java.util.Set;

/**
 * An account: administrator, manager, agent or bot. Immutable; services write changed copies.
 *
 * @param email          nullable
 * @param passwordHash   nullable (bots, users created without a password); never leaves the core
 * @param livechatStatus null until the user is made an agent
 * @param statusText     never null ("" when unset)
 */
public record User(
        String id,
        String username,
        String name,
        String email,
        String passwordHash,
        Set<Role> roles,
        boolean active,
        Presence status,
        String statusText,
        LivechatStatus livechatStatus,
        boolean operator,
        Instant createdAt,
        Instant updatedAt) {

    public User {
        roles = Set.copyOf(roles);
        statusText = statusText == null ? "" : statusText;
    }

    public boolean hasRole(Role role) { return roles.contains(role); }

    public User withRoles(Set<Role> newRoles, Instant at) {
        return new User(id, username, name, email, passwordHash, newRoles, active, status, statusText,
                livechatStatus, operator, createdAt, at);
    }

    public User withStatus(Presence newStatus, String newText, Instant at) {
        return new User(id, username, name, email, passwordHash, roles, active, newStatus, newText,
                livechatStatus, operator, createdAt, at);
    }

    public User withAgent(LivechatStatus newLivechatStatus, boolean newOperator, Instant at) {
        return new User(id, username, name, email, passwordHash, roles, active, status, statusText,
                newLivechatStatus, newOperator, createdAt, at);
    }

    /**
     * Rocket.Chat's "online agent": agent role, available, active, and present (bots need no presence).
     */
    public boolean isOnlineAgent() {
        return hasRole(Role.LIVECHAT_AGENT)
                && livechatStatus == LivechatStatus.AVAILABLE
                && active
                && (hasRole(Role.BOT) || (status != null && status != Presence.OFFLINE));
    }
}
