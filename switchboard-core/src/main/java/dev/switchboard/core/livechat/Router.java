package dev.switchboard.core.livechat;

import dev.switchboard.core.event.AfterCommit;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.routing.AgentLoads;
import dev.switchboard.core.routing.CapacityRules;
import dev.switchboard.core.routing.OpenDepartments;
import dev.switchboard.core.routing.RoutingEngine;
import dev.switchboard.core.routing.RoutingMethod;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.StoreTx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The queue drains itself: whenever something may have freed capacity (a chat closed or went on
 * hold, an agent became available, a limit or the routing method changed, an agent joined a
 * department, a chat went back to the queue) the router assigns every waiting inquiry that fits,
 * oldest first, by {@link RoutingEngine}.
 *
 * <p>Every routing decision of this node, including manual takes and transfers, runs under one lock
 * and reads the loads inside its own transaction, so two decisions never both count the same free
 * place: no agent goes over its limit and no inquiry goes to two agents (the take's compare-and-set
 * guards the latter across nodes too). Event-triggered passes run on {@code executor} and coalesce:
 * a burst of closes costs one or two passes, not one each. Thread-safe.
 */
public final class Router implements Consumer<DomainEvent> {
    private static final Set<String> ROUTING_SETTINGS = Set.of(SettingsCatalog.ROUTING_METHOD,
            SettingsCatalog.MAX_CHATS_PER_AGENT, SettingsCatalog.INACTIVE_CHAT_MINUTES);
    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final EventBus bus;
    private final OpenDepartments openDepartments;
    private final Executor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean passPending = new AtomicBoolean();

    public Router(Store store, Clock clock, Settings settings, EventBus bus, OpenDepartments openDepartments,
                  Executor executor) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.bus = bus;
        this.openDepartments = openDepartments;
        this.executor = executor;
        settings.onChange(id -> {
            if (ROUTING_SETTINGS.contains(id)) requestDrain();
        });
    }

    @Override
    public void accept(DomainEvent event) {
        switch (event) {
            case DomainEvent.ThreadClosed e -> requestDrain();
            case DomainEvent.InquiryRequeued e -> requestDrain();
            case DomainEvent.HoldChanged e -> requestDrain();
            case DomainEvent.AgentStatusChanged e -> requestDrain();
            case DomainEvent.RoutingRulesChanged e -> requestDrain();
            default -> { }
        }
    }

    /** Schedules a pass unless one is already waiting to start (which will see this change too). */
    public void requestDrain() {
        if (passPending.compareAndSet(false, true)) {
            executor.execute(() -> {
                passPending.set(false);
                drain();
            });
        }
    }

    /** Assigns every waiting inquiry that fits, now, on the calling thread. @return how many */
    public int drain() {
        // Manual selection never assigns: no lock, no transaction (this runs after every new room and timer tick).
        if (!method().assignsAutomatically()) return 0;
        return locked(() -> {
            AfterCommit after = new AfterCommit();
            Instant now = clock.instant();
            var open = openDepartments.at(now);
            int assigned = store.write(tx -> drain(tx, now, open, after));
            after.publishTo(bus);
            return assigned;
        });
    }

    /** Runs a routing decision (a take, a transfer) so that no drain interleaves with it. */
    <T> T locked(Supplier<T> decision) {
        lock.lock();
        try {
            return decision.get();
        } finally {
            lock.unlock();
        }
    }

    /** The loads and limits as routing counts them, read in the caller's transaction. */
    Capacity capacity(StoreTx tx, Instant now) {
        var routing = tx.routing();
        long inactiveMinutes = settings.integer(SettingsCatalog.INACTIVE_CHAT_MINUTES);
        Instant activeSince = inactiveMinutes > 0 ? now.minus(Duration.ofMinutes(inactiveMinutes)) : null;
        return new Capacity(new AgentLoads(routing.openLoads(activeSince)),
                new CapacityRules(settings.integer(SettingsCatalog.MAX_CHATS_PER_AGENT), routing.departmentLimits()));
    }

    /** Whether the agent may take one more chat of the department (nullable), by the current loads. */
    boolean hasRoom(StoreTx tx, dev.switchboard.core.model.User agent, String departmentId, Instant now) {
        var routing = tx.routing();
        var routable = new dev.switchboard.core.routing.RoutableAgent(agent.id(), agent.username(),
                Set.copyOf(tx.departments().departmentIdsOfAgent(agent.id())), routing.agentLimit(agent.id()), null);
        Capacity capacity = capacity(tx, now);
        return capacity.rules().hasRoom(routable, departmentId, capacity.loads());
    }

    /** Loads and the rules that judge them. */
    record Capacity(AgentLoads loads, CapacityRules rules) {}

    private RoutingMethod method() {
        return RoutingMethod.fromSetting(settings.string(SettingsCatalog.ROUTING_METHOD));
    }

    private int drain(StoreTx tx, Instant now, java.util.function.Predicate<String> open, AfterCommit after) {
        RoutingMethod method = method();
        if (!method.assignsAutomatically()) return 0; // switched to manual since the check before the lock
        var routing = tx.routing();
        var waiting = routing.waiting();
        if (waiting.isEmpty()) return 0;
        var agents = routing.onlineAgents();
        if (agents.isEmpty()) return 0;
        Capacity capacity = capacity(tx, now);
        var plan = RoutingEngine.plan(method, waiting, agents, capacity.loads(), capacity.rules(), open, now);
        // The store's online agents come with their accounts: nothing needs reading again.
        Assignment.assignAll(tx, plan.stream()
                .map(d -> new Assignment.Pick(d.inquiry().inquiry(), d.agent().user())).toList(), now, after);
        plan.stream().map(d -> d.agent().id()).distinct().forEach(agentId -> routing.markRouted(agentId, now));
        return plan.size();
    }
}
