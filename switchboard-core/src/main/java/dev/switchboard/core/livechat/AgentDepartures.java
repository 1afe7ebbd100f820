package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What happens to an agent's chats when the agent goes offline (setting
 * {@code Livechat_agent_leave_action}, Rocket.Chat's): {@code none} keeps them with the agent, who
 * finds them on return — nothing is lost either way; {@code forward} puts each back in the queue,
 * where routing gives it to another agent; {@code close} closes each with
 * {@code Livechat_agent_leave_comment}.
 *
 * <p>As upstream ({@code AgentStatusWatcher}), the action waits {@code Livechat_agent_leave_action_timeout}
 * seconds (0: at once): an agent whose presence is back by then (a new connection, a resumed session,
 * {@code users.setStatus}) keeps its chats. It starts on any change of presence to offline, whether
 * the agent chose it or lost its last connection ({@link AgentConnections}). Unlike upstream's
 * in-memory timer, the pending action is stored, so a restart neither loses nor repeats it; it is run
 * by {@link #runDue()} on the routing timers' tick. Thread-safe.
 */
public final class AgentDepartures implements Consumer<DomainEvent> {
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;
    private final Router router;
    private final ClosingService closing;

    public AgentDepartures(Store store, Clock clock, Settings settings, EventBus bus, Router router,
                           ClosingService closing) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
        this.router = router;
        this.closing = closing;
    }

    @Override
    public void accept(DomainEvent event) {
        if (!(event instanceof DomainEvent.AgentPresenceChanged e)) return;
        String agentId = e.agent().id();
        if (e.agent().status() != Presence.OFFLINE) {
            store.write(tx -> tx.presence().cancelDeparture(agentId));
            return;
        }
        if (!acts()) return;
        long grace = settings.integer(SettingsCatalog.AGENT_LEAVE_ACTION_TIMEOUT);
        if (grace <= 0) {
            left(e.agent());
        } else {
            store.write(tx -> {
                tx.presence().scheduleDeparture(agentId, clock.instant().plusSeconds(grace));
                return null;
            });
        }
    }

    /** Runs every leave action whose grace period is over, for agents still offline. */
    public void runDue() {
        for (String agentId : store.read(tx -> tx.presence().dueDepartures(clock.instant()).keySet())) {
            User agent = store.write(tx -> {
                tx.presence().cancelDeparture(agentId);
                return tx.users().findById(agentId).filter(u -> u.status() == Presence.OFFLINE).orElse(null);
            });
            if (agent != null) left(agent);
        }
    }

    private boolean acts() {
        String action = settings.string(SettingsCatalog.AGENT_LEAVE_ACTION);
        return action.equals("forward") || action.equals("close");
    }

    private void left(User agent) {
        if (!acts()) return;
        String action = settings.string(SettingsCatalog.AGENT_LEAVE_ACTION);
        String comment = settings.string(SettingsCatalog.AGENT_LEAVE_COMMENT);
        AfterCommit after = new AfterCommit();
        router.locked(() -> store.write(tx -> {
            var now = clock.instant();
            for (String id : tx.routing().openThreadsOf(agent.id())) {
                Thread thread = tx.threads().findById(id).orElseThrow();
                if (action.equals("close")) {
                    closing.closeBySystem(tx, thread, comment, after);
                } else {
                    var inquiry = tx.inquiries().findByThread(id).orElseThrow();
                    Transfers.toQueue(tx, thread, inquiry, null, agent.id(), Transfers.TransferredBy.SYSTEM, "queue",
                            comment, now, after);
                }
            }
            return null;
        }));
        after.publishTo(bus);
    }
}
