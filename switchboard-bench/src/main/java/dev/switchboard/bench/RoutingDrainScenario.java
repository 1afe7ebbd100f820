package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.Store;
import dev.switchboard.server.SwitchboardConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.store.jdbc.JdbcStore;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routing issue's benchmark: a backlog of queued inquiries and a crowd of available agents that
 * routing has not yet been allowed to use (Manual_Selection), then the switch to Load_Balancing. The
 * figure is the time from the settings call until the queue is empty, as an administrator polling
 * {@code livechat/inquiries.list} sees it: one routing pass, its transaction, and the publishing of
 * every assignment. The backlog is written straight into the node's database, since creating it
 * through the API is not what is measured.
 */
final class RoutingDrainScenario {
    private static final String PASSWORD = "bench-password";

    private RoutingDrainScenario() {}

    static List<ResultTable.Row> run(Bench.Options options) {
        int agents = options.quick() ? 100 : 1_000;
        int inquiries = options.quick() ? 1_000 : 10_000;
        SwitchboardConfig config = BenchServer.config(options.postgres());
        var server = new SwitchboardServer(config).start();
        try {
            var admin = new RocketChatLivechat(URI.create(server.url()));
            admin.usersRegister("admin", "admin@bench.invalid", PASSWORD, "Bench admin");
            admin.login("admin", PASSWORD);
            admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
            try (Store store = JdbcStore.open(config.effectiveDatabaseUrl(), config.databaseUser(), config.databasePassword())) {
                seed(store, agents, inquiries);
            }
            require(queued(admin) == inquiries, "the seeded queue is not visible");

            long start = System.nanoTime();
            admin.settingsUpdate("Livechat_Routing_Method", "Load_Balancing");
            long left;
            while ((left = queued(admin)) > 0) sleep(Duration.ofMillis(5));
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            require(left == 0, "inquiries left in the queue");

            String db = options.postgres() ? "PostgreSQL" : "SQLite";
            return List.of(new ResultTable.Row(
                    "Routing: " + String.format("%,d", inquiries) + " queued inquiries assigned across "
                            + String.format("%,d", agents) + " available agents",
                    String.format("%,d ms", millis), options.quick() ? "—" : "< 1,000 ms", db + ", Load_Balancing"));
        } finally {
            server.close();
        }
    }

    private static long queued(RocketChatLivechat admin) {
        JsonNode page = admin.inquiriesList(Map.of("count", 1));
        return page.get("total").asLong();
    }

    /** Available, online agents and queued inquiries of fresh visitors, in one transaction. */
    private static void seed(Store store, int agents, int inquiries) {
        Instant now = Instant.now();
        store.write(tx -> {
            for (int i = 0; i < agents; i++) {
                String name = "agent" + i;
                tx.users().insert(new User(Ids.newId(), name, "Agent " + i, name + "@bench.invalid", null,
                        Set.of(Role.USER, Role.LIVECHAT_AGENT), true, Presence.ONLINE, "", LivechatStatus.AVAILABLE, true,
                        now, now));
            }
            for (int i = 0; i < inquiries; i++) {
                Instant at = now.plusMillis(i);
                Contact contact = new Contact(Ids.newId(), Ids.newSecret(), "guest-" + i, "Visitor " + i, null, null, null,
                        Map.of(), "online", null, null, at, at);
                tx.contacts().insert(contact);
                Thread thread = new Thread(Ids.newId(), tx.threads().chatFor(contact.id(), "web"), contact.id(),
                        contact.name(), null, null, new Thread.ThreadSource("widget", null), List.of(), Map.of(), 0, null,
                        at, at, null, null, null, null, false);
                tx.threads().insert(thread);
                tx.inquiries().insert(new Inquiry(Ids.newHexId(), thread.id(), contact.id(), contact.name(),
                        Inquiry.InquiryStatus.QUEUED, null, null, "widget", at, at, null, null, at));
            }
            return null;
        });
    }

    private static void require(boolean condition, String what) {
        if (!condition) throw new IllegalStateException("routing benchmark: " + what);
    }

    private static void sleep(Duration d) {
        try {
            java.lang.Thread.sleep(d);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
