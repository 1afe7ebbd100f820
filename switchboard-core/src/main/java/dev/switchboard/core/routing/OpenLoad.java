package dev.switchboard.core.routing;

/** How many counted open chats an agent serves in one department ({@code departmentId} null: none). */
public record OpenLoad(String agentId, String departmentId, long count) {}
