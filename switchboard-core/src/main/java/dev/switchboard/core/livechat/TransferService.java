package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Department;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.model.UserRef;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;

/**
 * Transfers: an agent or manager forwards a room to another agent or to a department
 * ({@code livechat/room.forward}), a visitor moves its room to another department
 * ({@code livechat/room.transfer}). Each is one atomic transition with a
 * {@code livechat_transfer_history} system message (see {@link Transfers}), decided under the
 * router's lock so that it never races a routing pass. Thread-safe.
 */
public final class TransferService {
    private static final String FORWARD_FAILED = "error-forwarding-chat";
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final Router router;

    public TransferService(Store store, Clock clock, EventBus bus, Router router) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.router = router;
    }

    /**
     * A forward's target: exactly one of {@code userId} and {@code departmentId} is expected; with
     * both, the agent wins (it must then serve that department). {@code comment} is nullable.
     */
    public record Forward(String roomId, String userId, String departmentId, String comment) {}

    public void forward(User actor, Forward request) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        RolePermissions.require(actor, Permission.TRANSFER_LIVECHAT_GUEST);
        if (request.userId() == null && request.departmentId() == null) throw new Invalid(FORWARD_FAILED, null);
        AfterCommit after = new AfterCommit();
        Thread moved = router.locked(() -> store.write(tx -> {
            Thread thread = tx.threads().findById(request.roomId())
                    .orElseThrow(() -> new Invalid("error-invalid-room", "Invalid room"));
            if (!thread.isOpen()) throw new Invalid("This_conversation_is_already_closed", null);
            Inquiry inquiry = tx.inquiries().findByThread(thread.id()).orElseThrow(() -> new Invalid(FORWARD_FAILED, null));
            var by = Transfers.TransferredBy.agent(actor);
            var now = clock.instant();
            if (request.userId() != null) {
                User target = tx.users().findById(request.userId()).filter(User::isOnlineAgent)
                        .orElseThrow(() -> new Invalid(FORWARD_FAILED, "The agent is not online"));
                if (thread.agent() != null && thread.agent().id().equals(target.id())) throw new Invalid(FORWARD_FAILED, null);
                String department = request.departmentId() != null ? department(tx, request.departmentId()).id()
                        : thread.departmentId();
                if (department != null && request.departmentId() != null
                        && !tx.departments().departmentIdsOfAgent(target.id()).contains(department)) {
                    throw new Invalid(FORWARD_FAILED, "The agent does not serve that department");
                }
                if (!router.hasRoom(tx, target, department, now)) {
                    throw new Invalid(FORWARD_FAILED, "The agent already serves as many chats as its limit allows");
                }
                return Transfers.toAgent(tx, thread, inquiry, target, by, request.comment(), now, after);
            }
            Department target = department(tx, request.departmentId());
            String previousAgent = thread.agent() == null ? null : thread.agent().id();
            return Transfers.toQueue(tx, thread, inquiry, target.id(), previousAgent, by, "department",
                    request.comment(), now, after);
        }));
        // Last: what the transfer itself changed is told first (LiveChat's chat_transferred follows it).
        after.add(new DomainEvent.ChatTransferred(moved, actor.id(), request.userId(),
                request.userId() == null ? request.departmentId() : moved.departmentId()));
        after.publishTo(bus);
    }

    /**
     * LiveChat's transfer without a target (agent-chat §4.10): the open room goes back to the queue of
     * its own department, without its agent, which the next routing pass leaves out.
     */
    public void forwardWithinDepartment(User actor, String roomId) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        RolePermissions.require(actor, Permission.TRANSFER_LIVECHAT_GUEST);
        AfterCommit after = new AfterCommit();
        Thread moved = router.locked(() -> store.write(tx -> {
            Thread thread = tx.threads().findById(roomId).filter(Thread::isOpen)
                    .orElseThrow(() -> new Invalid("This_conversation_is_already_closed", null));
            Inquiry inquiry = tx.inquiries().findByThread(thread.id()).orElseThrow(() -> new Invalid(FORWARD_FAILED, null));
            String previousAgent = thread.agent() == null ? null : thread.agent().id();
            return Transfers.toQueue(tx, thread, inquiry, null, previousAgent, Transfers.TransferredBy.agent(actor),
                    "queue", null, clock.instant(), after);
        }));
        after.add(new DomainEvent.ChatTransferred(moved, actor.id(), null, moved.departmentId()));
        after.publishTo(bus);
    }

    /**
     * Whether an online agent of the department (null: of any) other than {@code excludeAgentId}
     * (nullable) has room for one more chat now: LiveChat's {@code ignore_agents_availability: false}.
     */
    public boolean agentAvailable(String departmentId, String excludeAgentId) {
        var now = clock.instant();
        return store.read(tx -> tx.users().onlineAgents(departmentId).stream()
                .filter(a -> !a.id().equals(excludeAgentId))
                .anyMatch(a -> router.hasRoom(tx, a, departmentId, now)));
    }

    /** The visitor moves its open room to another department; answers the room after routing had its turn. */
    public RoomView transferByVisitor(String token, String rid, String departmentIdOrName) {
        AfterCommit after = new AfterCommit();
        router.locked(() -> store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.openRoom(tx, contact, rid).thread();
            Department target = Departments.resolve(tx, departmentIdOrName).filter(Department::enabled)
                    .orElseThrow(() -> new Invalid(FORWARD_FAILED, null));
            if (target.id().equals(thread.departmentId())) return thread;
            Inquiry inquiry = tx.inquiries().findByThread(thread.id()).orElseThrow(() -> new Invalid(FORWARD_FAILED, null));
            var by = new Transfers.TransferredBy(new UserRef(contact.id(), contact.username()),
                    contact.displayName(), "visitor");
            return Transfers.toQueue(tx, thread, inquiry, target.id(), null, by, "department", null, clock.instant(), after);
        }));
        after.publishTo(bus);
        router.drain();
        return store.read(tx -> VisitorRooms.view(tx, tx.threads().findById(rid).orElseThrow()));
    }

    private static Department department(StoreTx tx, String idOrName) {
        return Departments.resolve(tx, idOrName).filter(Department::enabled)
                .orElseThrow(() -> new Invalid(FORWARD_FAILED, "Unknown or disabled department"));
    }
}
