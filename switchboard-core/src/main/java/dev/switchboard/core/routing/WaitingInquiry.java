package dev.switchboard.core.routing;

import dev.switchboard.core.model.Inquiry;
import java.time.Instant;

/**
 * A queued inquiry as routing needs it: the inquiry itself (so that assigning it needs no second
 * read) and the agent it must not go back to.
 *
 * @param excludedAgentId nullable: an agent this inquiry must not go back to (it left it unanswered)
 */
public record WaitingInquiry(Inquiry inquiry, String excludedAgentId) {
    /** A bare queued inquiry, for tests and tools: only the fields routing reads. */
    public WaitingInquiry(String id, String threadId, String departmentId, String defaultAgentId, String excludedAgentId,
                          Instant queuedAt) {
        this(new Inquiry(id, threadId, null, null, Inquiry.InquiryStatus.QUEUED, departmentId, defaultAgentId, null,
                queuedAt, queuedAt, null, null, queuedAt), excludedAgentId);
    }

    public String id() { return inquiry.id(); }

    public String threadId() { return inquiry.threadId(); }

    /** Nullable: any online agent may serve it. */
    public String departmentId() { return inquiry.departmentId(); }

    /** Nullable: the agent the visitor asked for, preferred while it has room. */
    public String defaultAgentId() { return inquiry.defaultAgentId(); }

    public Instant queuedAt() { return inquiry.queuedAt(); }
}
