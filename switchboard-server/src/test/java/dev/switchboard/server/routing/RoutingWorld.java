package dev.switchboard.server.routing;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.event.InProcessBus;
import dev.switchboard.core.livechat.DepartmentService.DepartmentFields;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.store.Store;
import dev.switchboard.server.ServicesForTests;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.TestStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The core services on a real store (SQLite, or PostgreSQL when the build runs that pass), wired as
 * the server wires them but with every background pass run inline, so that each step of a test has
 * fully settled when it returns. Its clock moves only when told to.
 */
final class RoutingWorld implements AutoCloseable {
    final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final Store store;
    final RocketChatServices s;
    final User admin;
    final List<User> agents = new ArrayList<>();
    final List<String> departments = new ArrayList<>();
    private final TestStore db;

    RoutingWorld(Path dir, int agentCount, int departmentCount) {
        db = TestStore.open(dir);
        store = db.store();
        var bus = new InProcessBus();
        bus.subscribe(events::add);
        s = ServicesForTests.inline(store, clock, bus, new Hub());
        admin = s.accounts().register("admin", "admin@example.com", "s3cret-pass", "Admin");
        for (int i = 0; i < agentCount; i++) {
            String name = "agent" + i;
            s.accounts().create(admin, name, name + "@example.com", "s3cret-pass", "Agent " + i, Set.of(), true);
            User agent = s.livechatUsers().add(admin, Role.LIVECHAT_AGENT, name);
            agents.add(s.accounts().setStatus(admin, "online", null, agent.id(), null));
        }
        for (int d = 0; d < departmentCount; d++) {
            var fields = new DepartmentFields("dept" + d, true, true, true, null, null, 0L);
            List<String> members = new ArrayList<>();
            for (int i = 0; i < agentCount; i++) if ((i + d) % 2 == 0 || i == d) members.add(agents.get(i).id());
            departments.add(s.departments().create(admin, fields, members).department().id());
        }
    }

    void tick() { clock.advance(java.time.Duration.ofSeconds(1)); }

    @Override
    public void close() {
        db.close();
    }
}
