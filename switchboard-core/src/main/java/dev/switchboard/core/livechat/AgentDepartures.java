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
 * {@code Livechat_agent_leave_comment}. Thread-safe.
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
        if (event instanceof DomainEvent.AgentStatusChanged e && e.agent().status() == Presence.OFFLINE) left(e.agent());
    }

    private void left(User agent) {
        String action = settings.string(SettingsCatalog.AGENT_LEAVE_ACTION);
        if (!action.equals("forward") && !action.equals("close")) return;
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
