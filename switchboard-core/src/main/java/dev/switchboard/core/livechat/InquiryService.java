package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Conflict;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.InquiryStore.QueueQuery;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queue as agents and managers see it, and taking from it. Thread-safe. */
public final class InquiryService {
    private static final Map<String, Object> TAKE = Map.of("method", "livechat:takeInquiry");
    private final Store store;
    private final Clock clock;
    private final EventBus bus;
    private final Router router;

    public InquiryService(Store store, Clock clock, EventBus bus, Router router) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
        this.router = router;
    }

    /** Every queued inquiry, optionally of one department (id or name; an unknown one is ignored). */
    public Page<InquiryView> listQueued(User actor, String department, PageRequest page) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        return store.read(tx -> {
            var departmentId = department == null ? Optional.<String>empty()
                    : Departments.resolve(tx, department).map(d -> d.id());
            var query = departmentId.map(id -> new QueueQuery(List.of(id), false, null)).orElse(QueueQuery.any());
            return views(tx, tx.inquiries().listQueued(query, page));
        });
    }

    /** The queued inquiries the actor may take: its departments', those without one, and its own. */
    public Page<InquiryView> queuedFor(User actor, String department, PageRequest page) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        return store.read(tx -> {
            List<String> mine = department != null
                    ? Departments.resolve(tx, department).map(d -> List.of(d.id())).orElse(List.of())
                    : tx.departments().departmentIdsOfAgent(actor.id());
            return views(tx, tx.inquiries().listQueued(new QueueQuery(mine, true, actor.id()), page));
        });
    }

    /** The inquiry of a room, or empty for an unknown room. */
    public Optional<InquiryView> ofRoom(User actor, String roomId) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        return store.read(tx -> tx.inquiries().findByThread(roomId).map(i -> view(tx, i)));
    }

    /**
     * Takes a queued inquiry for the actor, or for {@code userId} (nullable). Exactly one of many
     * concurrent takers wins; the others get {@code error-inquiry-taken}. The taker must have room
     * under its limit ({@code error-max-number-simultaneous-chats-reached}).
     */
    public void take(User actor, String inquiryId, String userId) {
        RolePermissions.require(actor, Permission.VIEW_L_ROOM);
        AfterCommit after = new AfterCommit();
        router.locked(() -> store.write(tx -> {
            User taker = userId == null ? actor : tx.users().findById(userId)
                    .orElseThrow(() -> new Invalid("The user is invalid", null));
            if (!RolePermissions.has(taker, Permission.VIEW_L_ROOM)) {
                throw new Invalid("error-not-allowed", "Not allowed", TAKE);
            }
            Inquiry inquiry = tx.inquiries().findById(inquiryId)
                    .orElseThrow(() -> new NotFound("error-not-found", "Inquiry not found", TAKE));
            if (inquiry.status() == Inquiry.InquiryStatus.TAKEN) {
                throw new Conflict("error-inquiry-taken", "Inquiry already taken", TAKE);
            }
            if (!tx.users().findById(taker.id()).orElse(taker).isOnlineAgent()) {
                throw new Invalid("error-agent-status-service-offline",
                        "Agent status is offline or Omnichannel service is not active", TAKE);
            }
            var now = clock.instant();
            if (!router.hasRoom(tx, taker, inquiry.departmentId(), now)) {
                throw new Invalid("error-max-number-simultaneous-chats-reached",
                        "Not allowed: the agent already serves as many chats as its limit allows", TAKE);
            }
            tx.routing().markRouted(taker.id(), now);
            return Assignment.assign(tx, inquiry, taker, now, after);
        }));
        after.publishTo(bus);
    }

    private static Page<InquiryView> views(StoreTx tx, Page<Inquiry> page) {
        return new Page<>(page.items().stream().map(i -> view(tx, i)).toList(), page.total());
    }

    private static InquiryView view(StoreTx tx, Inquiry i) {
        return new InquiryView(i, tx.contacts().findById(i.contactId()).orElse(null));
    }
}
