package dev.switchboard.core.analytics;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.AnalyticsStore.ChatStates;
import dev.switchboard.core.store.AnalyticsStore.ConversationTotals;
import dev.switchboard.core.store.AnalyticsStore.Period;
import dev.switchboard.core.store.AnalyticsStore.Timings;
import dev.switchboard.core.store.Store;

/**
 * The managers' dashboard figures over the rooms created in a period (Rocket.Chat's
 * {@code livechat/analytics/dashboards/…}): read-only, each one query, all needing
 * {@code view-livechat-manager}. Thread-safe.
 */
public final class DashboardService {
    private final Store store;

    public DashboardService(Store store) { this.store = store; }

    public ConversationTotals conversationTotals(User actor, Period period) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        return store.read(tx -> tx.analytics().conversationTotals(period));
    }

    public ChatStates chatStates(User actor, Period period) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        return store.read(tx -> tx.analytics().chatStates(period));
    }

    public Timings timings(User actor, Period period) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        return store.read(tx -> tx.analytics().timings(period));
    }
}
