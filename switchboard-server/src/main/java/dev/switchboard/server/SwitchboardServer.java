package dev.switchboard.server;

import dev.switchboard.api.rocketchat.RocketChatApi;
import dev.switchboard.api.rocketchat.ddp.DdpEndpoint;
import dev.switchboard.core.livechat.QueuePositions;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.api.rocketchat.internal.ErrorBodies;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.widget.LivechatWidget;
import dev.switchboard.api.rocketchat.widget.WidgetBuild;
import dev.switchboard.core.event.InProcessBus;
import dev.switchboard.core.store.Store;
import dev.switchboard.store.jdbc.JdbcStore;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Switchboard node: store, services and HTTP server. {@link #start} blocks until the
 * port is bound; {@link #close} stops accepting requests, lets running ones finish, then closes the
 * store. Thread-safe for start/close from different threads.
 */
public final class SwitchboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardServer.class);
    public static final String VERSION = "6.14.0";
    /** The store keeps milliseconds; a coarser clock keeps in-memory records equal to re-read ones. */
    private static final Clock MILLISECOND_CLOCK = Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
    private final SwitchboardConfig config;
    private Store store;
    private Javalin app;
    private DdpEndpoint realtime;

    public SwitchboardServer(SwitchboardConfig config) { this.config = config; }

    public synchronized SwitchboardServer start() {
        try {
            if (config.databaseUrl() == null) Files.createDirectories(config.dataDir());
        } catch (java.io.IOException e) {
            throw new ConfigLoader.ConfigException("cannot create data directory " + config.dataDir() + ": " + e.getMessage());
        }
        WidgetBuild widget = openWidget();
        store = JdbcStore.open(config.effectiveDatabaseUrl(), config.databaseUser(), config.databasePassword());
        var bus = new InProcessBus();
        var hub = new Hub();
        bus.subscribe(hub);
        bus.subscribe(new QueuePositions(store, bus));
        // Uploads stay on disk under the data directory whatever the database (see DiskFileStorage).
        var files = DiskFileStorage.open(config.dataDir().resolve("uploads"));
        var services = Services.forRocketChat(store, MILLISECOND_CLOCK, bus, hub, config.publicUrl(), VERSION, files);
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.routes.get("/health/live", ctx -> Requests.send(ctx, 200, Map.of("status", "UP")));
            cfg.routes.get("/health/ready", ctx -> {
                boolean up = store.isHealthy();
                Requests.send(ctx, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
            });
            RocketChatApi.install(cfg.routes, services, config.maxBodyBytes());
            realtime = DdpEndpoint.install(cfg.routes, cfg.jetty, services, config.realtime(), MILLISECOND_CLOCK);
            LivechatWidget.install(cfg.routes, widget, config.publicUrl());
            // Routes that wrote their own 404 (the widget's plain-text ones) keep it.
            cfg.routes.error(404, ctx -> {
                if (ctx.resultInputStream() == null) Requests.send(ctx, 404, ErrorBodies.notFound());
            });
            cfg.routes.error(405, ctx -> Requests.send(ctx, 404, ErrorBodies.notFound()));
        });
        app.start();
        LOG.info("Switchboard ready at {} (database: {})", url(), describe(config.effectiveDatabaseUrl()));
        return this;
    }

    private WidgetBuild openWidget() {
        if (config.livechatWidgetDir() == null) return null;
        try {
            return WidgetBuild.open(config.livechatWidgetDir());
        } catch (IllegalArgumentException e) {
            throw new ConfigLoader.ConfigException("livechat.widget-dir: " + e.getMessage());
        }
    }

    /** The bound port (useful with port 0). */
    public int port() { return app.port(); }

    /** The local URL of this node. */
    public String url() {
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        return "http://" + host + ":" + port();
    }

    private static String describe(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    @Override
    public synchronized void close() {
        if (app == null) return;
        app.stop();
        realtime.close();
        store.close();
        LOG.info("Switchboard stopped");
        app = null;
        store = null;
    }
}
