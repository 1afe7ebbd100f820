package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The routing timers, run every few seconds by the server:
 * <ul>
 *   <li>{@code Livechat_auto_transfer_chat_timeout} (seconds): a chat whose agent has not written
 *       within that time of getting it goes back to the queue, and routing gives it to someone else;</li>
 *   <li>{@code Livechat_abandoned_rooms_action} {@code close} or {@code on-hold} after
 *       {@code Livechat_visitor_inactivity_timeout} seconds in which the visitor has not answered the
 *       agent's last message;</li>
 *   <li>the agent leave actions whose grace period is over ({@link AgentDepartures#runDue()}).</li>
 * </ul>
 * Nothing is scheduled in memory: each run asks the database which chats are due, from the times it
 * keeps (assignment, messages), so the timers survive restarts and a run missed while the node was
 * down is simply made up by the next. Each run ends with a routing pass, which also picks up what
 * time alone changed (business hours opening, chats becoming inactive). Thread-safe.
 */
public final class RoutingTimers {
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;
    private final Router router;
    private final ClosingService closing;
    private final AgentDepartures departures;

    public RoutingTimers(Store store, Clock clock, Settings settings, EventBus bus, Router router, ClosingService closing,
                         AgentDepartures departures) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
        this.router = router;
        this.closing = closing;
        this.departures = departures;
    }

    /** Acts on every chat that is due now. */
    public void runDue() {
        Instant now = clock.instant();
        long transferAfter = settings.integer(SettingsCatalog.AUTO_TRANSFER_TIMEOUT);
        if (transferAfter > 0) {
            Instant assignedBefore = now.minusSeconds(transferAfter);
            for (String id : store.read(tx -> tx.routing().unansweredThreads(assignedBefore))) {
                each(id, t -> {
                    var inquiry = t.tx.inquiries().findByThread(id).orElseThrow();
                    Transfers.toQueue(t.tx, t.thread, inquiry, null, t.thread.agent().id(),
                            Transfers.TransferredBy.SYSTEM, "autoTransferUnansweredChatsToAgent",
                            "Not answered within " + transferAfter + " seconds", now, t.after);
                }, assignedBefore);
            }
        }
        String action = settings.string(SettingsCatalog.ABANDONED_ACTION);
        long inactiveAfter = settings.integer(SettingsCatalog.VISITOR_INACTIVITY_TIMEOUT);
        if (inactiveAfter > 0 && (action.equals("close") || action.equals("on-hold"))) {
            Instant quietSince = now.minusSeconds(inactiveAfter);
            String comment = settings.string(SettingsCatalog.ABANDONED_CLOSED_MESSAGE);
            List<String> due = store.read(tx -> tx.routing().abandonedThreads(quietSince));
            for (String id : due) {
                each(id, t -> {
                    if (action.equals("close")) closing.closeBySystem(t.tx, t.thread, comment, t.after);
                    else Holds.hold(t.tx, t.thread, comment, now, t.after);
                }, null);
            }
        }
        departures.runDue();
        router.drain();
    }

    /** One due thread in the transaction that acts on it. */
    private record Due(dev.switchboard.core.store.StoreTx tx, Thread thread, AfterCommit after) {}

    /**
     * Acts on one thread in its own transaction, under the routing lock, if it is still open and
     * served (and, with {@code assignedBefore}, still by the agent that was due): the agent may have
     * answered or closed it since the query.
     */
    private void each(String id, java.util.function.Consumer<Due> action, Instant assignedBefore) {
        AfterCommit after = new AfterCommit();
        router.locked(() -> store.write(tx -> {
            var thread = tx.threads().findById(id).filter(Thread::isOpen).filter(t -> t.agent() != null)
                    .filter(t -> assignedBefore == null || !t.agent().since().isAfter(assignedBefore));
            thread.ifPresent(t -> action.accept(new Due(tx, t, after)));
            return null;
        }));
        after.publishTo(bus);
    }
}
