package dev.switchboard.server;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.store.jdbc.testing.TestDatabases;
import java.net.URI;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real Switchboard node on 127.0.0.1, on a free port, with a fresh database. The database comes
 * from the system property {@code switchboard.test.db}: {@code sqlite} (default; a temp directory)
 * or {@code postgres} (a fresh schema in database {@code test}; the Maven build runs the whole suite
 * a second time this way). Clients are our SDK, as a user's would be.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "s3cret-pass";
    private SwitchboardServer server;
    private final SwitchboardConfig config;
    private final Clock clock;
    private final String postgresUrl;

    private TestServer(SwitchboardConfig config, Clock clock, String postgresUrl) {
        this.config = config;
        this.clock = clock;
        this.postgresUrl = postgresUrl;
        this.server = new SwitchboardServer(config, clock).start();
    }

    public static boolean onPostgres() { return "postgres".equals(System.getProperty("switchboard.test.db")); }

    public static TestServer start() { return start(UnaryOperator.identity()); }

    /** Starts a node whose configuration is adjusted first, e.g. {@code c -> c.withLivechatWidgetDir(dir)}. */
    public static TestServer start(UnaryOperator<SwitchboardConfig> customize) {
        return start(customize, Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1)));
    }

    /** Starts a node whose services read {@code clock}, e.g. a {@link TestClock} that tests move. */
    public static TestServer start(UnaryOperator<SwitchboardConfig> customize, Clock clock) {
        try {
            Path dir = Files.createTempDirectory("switchboard-test");
            String pg = null;
            if (onPostgres()) {
                TestDatabases.requirePostgres();
                pg = TestDatabases.postgresUrl();
            }
            var config = customize.apply(new SwitchboardConfig("127.0.0.1", 0, dir, pg, null, null, null, 1_048_576, null,
                    dev.switchboard.api.rocketchat.ddp.DdpLimits.defaults()));
            return new TestServer(config, clock, pg);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the node and starts a new one on the same data directory or PostgreSQL schema, as after a
     * crash or an upgrade; its port changes, so make new clients afterwards.
     */
    public void restart() {
        server.close();
        server = new SwitchboardServer(config, clock).start();
    }

    public String url() { return server.url(); }

    public int port() { return server.port(); }

    /** The node's data directory (uploads live in {@code uploads/} below it, also on PostgreSQL). */
    public Path dataDir() { return config.dataDir(); }

    /** A client with no session (a visitor, or anyone before login). */
    public RocketChatLivechat client() { return new RocketChatLivechat(URI.create(url())); }

    /** Registers the first user (who becomes administrator) and returns a logged-in client for it. */
    public RocketChatLivechat admin() {
        RocketChatLivechat c = client();
        c.usersRegister(ADMIN, "admin@example.com", PASSWORD, "Administrator");
        c.login(ADMIN, PASSWORD);
        return c;
    }

    /**
     * Creates a user through {@code admin}, makes it a livechat agent, logs it in and sets it online,
     * which makes it an online agent (rocketchat-livechat.md §4.4).
     */
    public RocketChatLivechat onlineAgent(RocketChatLivechat admin, String username) {
        RocketChatLivechat agent = user(admin, username, List.of());
        admin.createUser("agent", username);
        agent.setStatus("online", null);
        return agent;
    }

    /** Creates a plain user with the given extra roles and returns a logged-in client for it. */
    public RocketChatLivechat user(RocketChatLivechat admin, String username, List<String> roles) {
        admin.usersCreate(Map.of("username", username, "email", username + "@example.com", "password", PASSWORD,
                "name", "Agent " + username, "roles", roles));
        RocketChatLivechat c = client();
        c.login(username, PASSWORD);
        return c;
    }

    public static String newToken() { return UUID.randomUUID().toString(); }

    @Override
    public void close() {
        server.close();
        if (postgresUrl != null) TestDatabases.dropPostgres(postgresUrl);
    }
}
