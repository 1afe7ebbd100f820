package dev.switchboard.core.model;

import java.time.Instant;

/**
 * A thread waiting for an agent. Created with the thread; taken exactly once (the store's
 * compare-and-set guarantees it); removed when the thread closes.
 *
 * @param id             24 hex digits (Rocket.Chat exposes inquiry ids as ObjectIds)
 * @param departmentId   nullable
 * @param defaultAgentId nullable: the agent the visitor asked for
 * @param takenAt, takenBy nullable while queued
 */
public record Inquiry(
        String id,
        String threadId,
        String contactId,
        String name,
        InquiryStatus status,
        String departmentId,
        String defaultAgentId,
        String sourceType,
        Instant createdAt,
        Instant queuedAt,
        Instant takenAt,
        String takenBy,
        Instant updatedAt) {

    public Inquiry withDepartment(String newDepartmentId, Instant at) {
        return new Inquiry(id, threadId, contactId, name, status, newDepartmentId, defaultAgentId, sourceType,
                createdAt, queuedAt, takenAt, takenBy, at);
    }

    public Inquiry withContact(String newContactId, String newName, Instant at) {
        return new Inquiry(id, threadId, newContactId, newName, status, departmentId, defaultAgentId, sourceType,
                createdAt, queuedAt, takenAt, takenBy, at);
    }

    /** Queue states: queued (waiting), taken (an agent serves the thread). */
    public enum InquiryStatus {
        QUEUED, TAKEN;

        public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
