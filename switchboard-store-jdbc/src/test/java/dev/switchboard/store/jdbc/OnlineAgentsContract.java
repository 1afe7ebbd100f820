package dev.switchboard.store.jdbc;

import static dev.switchboard.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread.ServingAgent;
import dev.switchboard.core.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code UserStore.onlineAgents}: who is an online agent, in a stable order. */
interface OnlineAgentsContract extends StoreFixture {

    private List<String> onlineUsernames(String departmentId) {
        return read(tx -> tx.users().onlineAgents(departmentId)).stream().map(User::username).toList();
    }

    @Test
    default void online_agents_are_available_active_agents_that_are_present_or_bots() {
        User inactive = Fixtures.agent("inactive", LivechatStatus.AVAILABLE, Presence.ONLINE);
        run(tx -> {
            tx.users().insert(Fixtures.agent("online", LivechatStatus.AVAILABLE, Presence.ONLINE));
            tx.users().insert(Fixtures.agent("away", LivechatStatus.AVAILABLE, Presence.AWAY));
            tx.users().insert(Fixtures.agent("offline", LivechatStatus.AVAILABLE, Presence.OFFLINE));
            tx.users().insert(Fixtures.agent("never-connected", LivechatStatus.AVAILABLE, null));
            tx.users().insert(Fixtures.agent("bot", LivechatStatus.AVAILABLE, null, Role.BOT));
            tx.users().insert(Fixtures.agent("unavailable", LivechatStatus.NOT_AVAILABLE, Presence.ONLINE));
            tx.users().insert(new User(inactive.id(), inactive.username(), "x", null, null, inactive.roles(), false,
                    Presence.ONLINE, "", LivechatStatus.AVAILABLE, false, at(0), at(0)));
            tx.users().insert(new User("m1", "manager", "m", null, null, java.util.Set.of(Role.LIVECHAT_MANAGER),
                    true, Presence.ONLINE, "", LivechatStatus.AVAILABLE, false, at(0), at(0)));
        });
        assertThat(onlineUsernames(null)).containsExactly("away", "bot", "online");
        read(tx -> tx.users().onlineAgents(null)).forEach(agent -> assertThat(agent.isOnlineAgent()).isTrue());
    }

    @Test
    default void online_agents_are_listed_by_username_whatever_they_serve() {
        User busy = Fixtures.agent("busy", LivechatStatus.AVAILABLE, Presence.ONLINE);
        User idle = Fixtures.agent("idle", LivechatStatus.AVAILABLE, Presence.ONLINE);
        ServingAgent busyEarly = new ServingAgent(busy.id(), "busy", at(1));
        ServingAgent busyLate = new ServingAgent(busy.id(), "busy", at(8));
        run(tx -> {
            tx.users().insert(busy);
            tx.users().insert(idle);
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(busyEarly, at(1)));
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(busyEarly, at(1)));
            // A closed thread does not count for the load; routing's own record is the last assignment.
            tx.threads().update(Fixtures.newOpenThread(tx).withAgent(busyLate, at(8)).closed(at(9), "user", null,
                    null, null));
            tx.routing().markRouted(busy.id(), at(8));
        });
        List<User> agents = read(tx -> tx.users().onlineAgents(null));
        assertThat(agents).extracting(User::id).containsExactly(busy.id(), idle.id());
    }

    @Test
    default void online_agents_can_be_limited_to_one_department() {
        User sales = Fixtures.agent("sales-agent", LivechatStatus.AVAILABLE, Presence.ONLINE);
        User both = Fixtures.agent("both-agent", LivechatStatus.AVAILABLE, Presence.ONLINE);
        User none = Fixtures.agent("free-agent", LivechatStatus.AVAILABLE, Presence.ONLINE);
        run(tx -> {
            tx.users().insert(sales);
            tx.users().insert(both);
            tx.users().insert(none);
            var salesDept = Fixtures.minimalDepartment("Sales");
            var supportDept = Fixtures.minimalDepartment("Support");
            tx.departments().insert(salesDept);
            tx.departments().insert(supportDept);
            tx.departments().setAgents(salesDept.id(), List.of(sales.id(), both.id()));
            tx.departments().setAgents(supportDept.id(), List.of(both.id()));
        });
        String salesId = read(tx -> tx.departments().findByName("Sales")).orElseThrow().id();
        String supportId = read(tx -> tx.departments().findByName("Support")).orElseThrow().id();
        assertThat(onlineUsernames(salesId)).containsExactly("both-agent", "sales-agent");
        assertThat(onlineUsernames(supportId)).containsExactly("both-agent");
        assertThat(onlineUsernames("unknown")).isEmpty();
        assertThat(onlineUsernames(null)).containsExactly("both-agent", "free-agent", "sales-agent");
    }
}
