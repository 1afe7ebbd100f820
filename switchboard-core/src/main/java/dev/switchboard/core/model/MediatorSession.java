package dev.switchboard.core.model;

import java.time.Instant;

/**
 * The Live Agents mediator's link between a RapidPro contact and its open room
 * (live-agents-mediator.md §3.4). At most one per contact uuid, which is also the visitor token.
 *
 * @param rid            the room; nullable only while registration is opening it
 * @param project, country the business-hours keys resolved at registration (lower case)
 * @param name, urn, mongoid nullable, as the bot sent them
 * @param status         {@code queued}, {@code taken}
 * @param agentId, agentUsername, agentName nullable until an agent took the chat
 * @param closingBy      {@code user} while {@code DELETE session} closes the room, else null
 */
public record MediatorSession(String uuid, String rid, String department, String project, String country,
                              String name, String urn, String mongoid, String status, String agentId,
                              String agentUsername, String agentName, String closingBy, Instant createdAt,
                              Instant updatedAt) {
    public static final String QUEUED = "queued";
    public static final String TAKEN = "taken";

    public MediatorSession withRoom(String newRid, Instant at) {
        return new MediatorSession(uuid, newRid, department, project, country, name, urn, mongoid, status, agentId,
                agentUsername, agentName, closingBy, createdAt, at);
    }

    public MediatorSession taken(String id, String username, String agent, Instant at) {
        return new MediatorSession(uuid, rid, department, project, country, name, urn, mongoid, TAKEN, id, username,
                agent, closingBy, createdAt, at);
    }

    public MediatorSession closingByUser(Instant at) {
        return new MediatorSession(uuid, rid, department, project, country, name, urn, mongoid, status, agentId,
                agentUsername, agentName, "user", createdAt, at);
    }

    public MediatorSession touched(Instant at) {
        return new MediatorSession(uuid, rid, department, project, country, name, urn, mongoid, status, agentId,
                agentUsername, agentName, closingBy, createdAt, at);
    }
}
