package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Thread;

/**
 * A visitor asking for its room.
 *
 * @param rid     a specific open room of the visitor (nullable: the open room, or a new one)
 * @param agentId an agent the visitor asks for (nullable)
 * @param source  where the request comes from (widget, api, ...)
 */
public record RoomRequest(String token, String rid, String agentId, Thread.ThreadSource source) {}
