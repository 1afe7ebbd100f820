package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Forbidden;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.livechat.AgentStatusService;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.UserStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LiveChat routing statuses (§4.31, §4.32) on Rocket.Chat's livechat status: {@code accepting_chats}
 * is AVAILABLE, {@code not_accepting_chats} NOT_AVAILABLE, set through {@link AgentStatusService} so
 * that routing reacts exactly as to Rocket.Chat's {@code livechat/agent.status} (and
 * {@code AgentStatusChanged} is what announces it). Bots have no connection presence, so a bot's
 * {@code offline} is NOT_AVAILABLE; an agent cannot be set {@code offline} (that is its presence, the
 * result of logging out). Thread-safe.
 */
public final class RoutingStatuses {
    private final Store store;
    private final AgentStatusService statuses;

    public RoutingStatuses(Store store, AgentStatusService statuses) {
        this.store = store;
        this.statuses = statuses;
    }

    /** LiveChat's routing statuses a client may set. */
    public enum Status { ACCEPTING_CHATS, NOT_ACCEPTING_CHATS, OFFLINE }

    /**
     * @param agentId null: the requester
     * @throws NotFound  {@code agent}
     * @throws Forbidden {@code authorization}: another agent without the right to manage agents
     * @throws Invalid   {@code validation}: {@code offline} for an agent that is not a bot
     */
    public void set(User requester, String agentId, Status status) {
        User agent = agentId == null ? requester : store.read(tx -> tx.users().findById(agentId))
                .orElseThrow(() -> new NotFound("agent", "Agent not found"));
        if (status == Status.OFFLINE && !agent.hasRole(Role.BOT)) {
            throw new Invalid("validation", "Only bots may be set `offline`");
        }
        statuses.set(requester, agent.id(), status == Status.ACCEPTING_CHATS ? LivechatStatus.AVAILABLE : LivechatStatus.NOT_AVAILABLE);
    }

    /**
     * Every agent and bot, or those of the given LiveChat groups (group 0 is every agent; an unknown
     * group has none), ordered by id.
     *
     * @param groupIds null: no filter
     */
    public List<User> list(User requester, Collection<Long> groupIds) {
        CustomerService.requireAgent(requester);
        return store.read(tx -> {
            Map<String, User> all = new LinkedHashMap<>();
            for (Role role : List.of(Role.LIVECHAT_AGENT, Role.BOT)) {
                for (User u : tx.users().list(new UserStore.UserQuery(role, null, false, null, false), PageRequest.all()).items()) {
                    all.put(u.id(), u);
                }
            }
            List<User> out = new ArrayList<>();
            Set<String> wanted = groupIds == null || groupIds.contains(0L) ? null : members(tx, groupIds);
            all.values().stream().filter(u -> wanted == null || wanted.contains(u.id()))
                    .sorted(java.util.Comparator.comparing(User::id)).forEach(out::add);
            return out;
        });
    }

    private static Set<String> members(dev.switchboard.core.store.StoreTx tx, Collection<Long> groupIds) {
        Set<String> out = new HashSet<>();
        tx.chats().groupIds().forEach((department, group) -> {
            if (groupIds.contains(group)) out.addAll(tx.departments().agentIds(department));
        });
        return out;
    }
}
