package dev.switchboard.core.agentchat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.event.Audience;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LiveChat's {@code multicast} (§4.37): a chat-independent message, never stored, published as one
 * {@link DomainEvent.Multicast} whose audience names every recipient. Recipients are agent ids, the
 * agents of LiveChat groups (group 0 is every agent), every agent, and customer ids (accepted, §2.9);
 * at least one must be given, and each named agent, group and customer must exist (else
 * {@code validation}, the error the spec gives for bad recipients). Thread-safe.
 */
public final class MulticastService {
    private final Store store;
    private final EventBus bus;

    public MulticastService(Store store, EventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    /** Who receives a multicast; the collections are never null (empty: none). */
    public record Recipients(Collection<String> agentIds, Collection<Long> groupIds, boolean allAgents,
                             Collection<String> customerIds) {
        boolean isEmpty() { return agentIds.isEmpty() && groupIds.isEmpty() && !allAgents && customerIds.isEmpty(); }
    }

    /**
     * @param content any JSON-shaped value, not null
     * @param type    nullable
     * @throws Invalid {@code validation}
     */
    public void send(User requester, Recipients to, Object content, String type) {
        CustomerService.requireAgent(requester);
        if (to.isEmpty()) throw new Invalid("validation", "`recipients` names nobody");
        if (content == null) throw new Invalid("validation", "`content` is required");
        Audience audience = store.read(tx -> {
            Set<String> agents = new HashSet<>();
            boolean everyone = to.allAgents() || to.groupIds().contains(0L);
            for (Role role : everyone ? List.of(Role.LIVECHAT_AGENT, Role.BOT) : List.<Role>of()) {
                tx.users().list(new dev.switchboard.core.store.UserStore.UserQuery(role, null, false, null, false),
                        dev.switchboard.core.model.PageRequest.all()).items().forEach(u -> agents.add(u.id()));
            }
            for (String id : to.agentIds()) {
                User u = tx.users().findById(id).filter(x -> x.hasRole(Role.LIVECHAT_AGENT) || x.hasRole(Role.BOT))
                        .orElseThrow(() -> new Invalid("validation", "Unknown agent in `recipients.agents.ids`: " + id));
                agents.add(u.id());
            }
            Map<String, Long> groups = tx.chats().groupIds();
            for (long group : to.groupIds()) {
                if (group == 0) continue;
                String department = groups.entrySet().stream().filter(e -> e.getValue() == group).map(Map.Entry::getKey)
                        .findFirst().orElseThrow(() -> new Invalid("validation", "Unknown group in `recipients.agents.groups`: " + group));
                agents.addAll(tx.departments().agentIds(department));
            }
            for (String id : to.customerIds()) {
                if (tx.contacts().findById(id).isEmpty()) {
                    throw new Invalid("validation", "Unknown customer in `recipients.customers.ids`: " + id);
                }
            }
            return new Audience(Set.copyOf(to.customerIds()), agents, Set.of(), Set.of(), false);
        });
        bus.publish(new DomainEvent.Multicast(requester.id(), content, type, audience));
    }
}
