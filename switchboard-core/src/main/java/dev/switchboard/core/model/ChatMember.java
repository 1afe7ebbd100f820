package dev.switchboard.core.model;

import java.time.Instant;

/**
 * An agent added to a chat beside the one serving it (LiveChat {@code add_user_to_chat}).
 *
 * @param visibility "all" (the contact sees the agent's events) or "agents"
 */
public record ChatMember(String chatId, String userId, String visibility, Instant addedAt) {}
