package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.StoreTx;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The transitions a transfer is made of, each inside the caller's transaction so that a transfer is
 * one atomic step: the thread changes hands (or goes back to the queue) and the
 * {@code livechat_transfer_history} system message is written together, or nothing happens.
 */
final class Transfers {
    private Transfers() {}

    /** Who asked for a transfer: an agent, the visitor, or Switchboard itself (timers, agents leaving). */
    record TransferredBy(UserRef who, String name, String type) {
        static final TransferredBy SYSTEM = new TransferredBy(SystemEvents.SWITCHBOARD, "Switchboard", "system");

        static TransferredBy agent(User u) { return new TransferredBy(new UserRef(u.id(), u.username()), nameOf(u), "agent"); }
    }

    /** Hands an open thread to {@code agent}, from the queue or from its current agent. */
    static Thread toAgent(StoreTx tx, Thread thread, Inquiry inquiry, User agent, TransferredBy by, String comment,
                          Instant now, AfterCommit after) {
        var data = transferData(by, "agent", comment, now);
        data.put("transferredTo", Map.of("_id", agent.id(), "username", agent.username(), "name", nameOf(agent)));
        if (inquiry.status() == Inquiry.InquiryStatus.TAKEN) tx.inquiries().requeue(inquiry.id(), now);
        tx.routing().excludeAgent(inquiry.id(), null);
        tx.routing().markRouted(agent.id(), now);
        Thread assigned = Assignment.assign(tx, tx.inquiries().findById(inquiry.id()).orElseThrow(), agent, now, after);
        history(tx, assigned, by, data, now, after);
        return assigned;
    }

    /**
     * Puts an open thread back in the queue, in {@code departmentId} (nullable: keep its department),
     * without its agent, which {@code excludeAgentId} (nullable) keeps out of the next routing.
     */
    static Thread toQueue(StoreTx tx, Thread thread, Inquiry inquiry, String departmentId, String excludeAgentId,
                          TransferredBy by, String scope, String comment, Instant now, AfterCommit after) {
        var data = transferData(by, scope, comment, now);
        String previousAgent = thread.agent() == null ? null : thread.agent().id();
        Thread moved = thread.withAgent(null, now).withOnHold(false, now);
        if (departmentId != null && !departmentId.equals(thread.departmentId())) {
            if (thread.departmentId() != null) data.put("previousDepartment", thread.departmentId());
            data.put("nextDepartment", departmentId);
            moved = moved.withDepartment(departmentId, now);
            tx.inquiries().update(inquiry.withDepartment(departmentId, now));
        }
        tx.threads().update(moved);
        if (inquiry.status() == Inquiry.InquiryStatus.TAKEN) tx.inquiries().requeue(inquiry.id(), now);
        tx.routing().excludeAgent(inquiry.id(), excludeAgentId);
        history(tx, moved, by, data, now, after);
        after.add(new DomainEvent.InquiryRequeued(moved, tx.inquiries().findById(inquiry.id()).orElseThrow(), previousAgent));
        return moved;
    }

    private static Map<String, Object> transferData(TransferredBy by, String scope, String comment, Instant now) {
        var data = new LinkedHashMap<String, Object>();
        data.put("transferredBy", Map.of("_id", by.who().id(), "username", by.who().username(), "name", by.name(),
                "type", by.type()));
        data.put("scope", scope);
        if (comment != null && !comment.isEmpty()) data.put("comment", comment);
        data.put("ts", now.toString());
        return data;
    }

    private static void history(StoreTx tx, Thread thread, TransferredBy by, Map<String, Object> data, Instant now,
                                AfterCommit after) {
        Event.AuthorKind kind = "visitor".equals(by.type()) ? Event.AuthorKind.CONTACT : Event.AuthorKind.AGENT;
        Assignment.post(tx, thread, SystemEvents.of(thread.id(), "livechat_transfer_history", "", by.who(), kind,
                by.name(), Map.of("transferData", data), now), after);
    }

    private static String nameOf(User u) { return u.name() == null ? u.username() : u.name(); }
}
