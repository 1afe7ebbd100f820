package dev.switchboard.core.livechat;

import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.core.store.UserStore.UserQuery;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Livechat agents and managers: roles on ordinary users (rocketchat-livechat.md §4.3). A newly added
 * agent is available at once, as upstream. Thread-safe.
 */
public final class LivechatUserService {
    private final Store store;
    private final Clock clock;
    private final dev.switchboard.core.event.EventBus bus;

    public LivechatUserService(Store store, Clock clock, dev.switchboard.core.event.EventBus bus) {
        this.store = store;
        this.clock = clock;
        this.bus = bus;
    }

    /** A user with its department ids, for listings. */
    public record LivechatUser(User user, List<String> departmentIds) {}

    public Page<LivechatUser> list(User actor, Role role, UserQuery filter, PageRequest page) {
        if (role == Role.LIVECHAT_AGENT) {
            RolePermissions.require(actor, Permission.TRANSFER_LIVECHAT_GUEST, Permission.EDIT_OMNICHANNEL_CONTACT);
        } else {
            RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        }
        var query = new UserQuery(role, filter.text(), filter.onlyAvailable(), filter.excludeId(), filter.hideOffline());
        return store.read(tx -> {
            var users = tx.users().list(query, page);
            return new Page<>(users.items().stream()
                    .map(u -> new LivechatUser(u, tx.departments().departmentIdsOfAgent(u.id()))).toList(), users.total());
        });
    }

    /** Gives the role to the user named; agents become operators and available. */
    public User add(User actor, Role role, String username) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        User added = store.write(tx -> {
            User user = tx.users().findByUsername(username).orElseThrow(() -> new Invalid("error-invalid-user", ""));
            var roles = EnumSet.noneOf(Role.class);
            roles.addAll(user.roles());
            roles.add(role);
            var now = clock.instant();
            User updated = user.withRoles(roles, now);
            if (role == Role.LIVECHAT_AGENT) updated = updated.withAgent(LivechatStatus.AVAILABLE, true, now);
            tx.users().update(updated);
            return updated;
        });
        if (role == Role.LIVECHAT_AGENT) bus.publish(new dev.switchboard.core.event.DomainEvent.AgentStatusChanged(added));
        return added;
    }

    /** The user if it holds the role, empty if not. @throws Invalid {@code User not found} */
    public Optional<User> get(User actor, Role role, String userId) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        User user = store.read(tx -> tx.users().findById(userId)).orElseThrow(() -> new Invalid("User not found", null));
        return user.hasRole(role) ? Optional.of(user) : Optional.empty();
    }

    /** Takes the role away; an agent also leaves its departments and stops being an operator. */
    public void remove(User actor, Role role, String userId) {
        RolePermissions.require(actor, Permission.VIEW_LIVECHAT_MANAGER);
        store.write(tx -> {
            User user = tx.users().findById(userId).filter(u -> u.hasRole(role)).orElseThrow(() -> new Invalid("", null));
            var roles = EnumSet.noneOf(Role.class);
            roles.addAll(user.roles());
            roles.remove(role);
            var now = clock.instant();
            User updated = user.withRoles(roles, now);
            if (role == Role.LIVECHAT_AGENT) {
                updated = updated.withAgent(null, false, now);
                tx.departments().removeAgentEverywhere(userId);
            }
            tx.users().update(updated);
            return null;
        });
        if (role == Role.LIVECHAT_AGENT) {
            bus.publish(new dev.switchboard.core.event.DomainEvent.RoutingRulesChanged("agent removed"));
        }
    }
}
