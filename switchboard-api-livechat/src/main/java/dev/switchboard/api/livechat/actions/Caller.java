package dev.switchboard.api.livechat.actions;

import dev.switchboard.core.model.User;

/**
 * Who runs an action: the authenticated agent, or the bot it acts as ({@code X-Author-Id}), and the
 * base URL links in the reply are made from (no trailing slash).
 */
public record Caller(User user, String baseUrl) {}
