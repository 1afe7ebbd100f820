package dev.switchboard.core.model;

import java.time.Instant;

/**
 * A group of agents that visitors can choose or be routed to.
 *
 * @param email, description nullable
 * @param maxChats          the most chats each of its agents serves at once in this department; 0: not set
 *                          (see {@code routing.Capacity} for the precedence)
 */
public record Department(
        String id,
        String name,
        boolean enabled,
        boolean showOnRegistration,
        boolean showOnOfflineForm,
        String email,
        String description,
        Instant createdAt,
        Instant updatedAt,
        long maxChats) {}
