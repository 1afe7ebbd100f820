package dev.switchboard.server;

import dev.switchboard.api.livechat.AgentChatApi;
import dev.switchboard.api.rocketchat.RocketChatApi;
import dev.switchboard.api.livechat.rtm.RtmEndpoint;
import dev.switchboard.api.livechat.rtm.RtmLimits;
import dev.switchboard.api.rocketchat.ddp.DdpEndpoint;
import dev.switchboard.api.rocketchat.ddp.DdpLimits;
import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.api.rocketchat.internal.ErrorBodies;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.widget.LivechatWidget;
import dev.switchboard.api.rocketchat.widget.WidgetBuild;
import dev.switchboard.core.event.InProcessBus;
import dev.switchboard.core.mail.Mailer;
import dev.switchboard.core.store.Store;
import dev.switchboard.mediator.MediatorApi;
import dev.switchboard.mediator.MediatorServices;
import dev.switchboard.server.mail.MailConfig;
import dev.switchboard.server.mail.SmtpMailer;
import dev.switchboard.server.web.WebAssets;
import dev.switchboard.store.jdbc.JdbcStore;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    /** How often the routing timers look for due chats. */
    private static final long TIMER_PERIOD_MILLIS = 1000;
    private final SwitchboardConfig config;
    private final Clock clock;
    private Store store;
    private Javalin app;
    private DdpEndpoint realtime;
    private RtmEndpoint agentRtm;
    private ScheduledExecutorService background;
    private MediatorServices mediator;

    public SwitchboardServer(SwitchboardConfig config) { this(config, MILLISECOND_CLOCK); }

    /** @param clock the time every service reads; tests move it to run timers without waiting */
    public SwitchboardServer(SwitchboardConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public synchronized SwitchboardServer start() {
        try {
            if (config.databaseUrl() == null) Files.createDirectories(config.dataDir());
        } catch (java.io.IOException e) {
            throw new ConfigLoader.ConfigException("cannot create data directory " + config.dataDir() + ": " + e.getMessage());
        }
        WidgetBuild widget = openWidget();
        store = JdbcStore.open(config.effectiveDatabaseUrl(), config.databaseUser(), config.databasePassword());
        var bus = new InProcessBus();
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-routing");
            t.setDaemon(true);
            return t;
        });
        // Uploads stay on disk under the data directory whatever the database (see DiskFileStorage).
        var files = DiskFileStorage.open(config.dataDir().resolve("uploads"));
        // Links leave the node (to RapidPro, CRM receivers), so they need an absolute base: public-url, else this
        // node's own URL, read when a link is made because port 0 is bound only by app.start() below.
        var links = FileLinks.load(store, () -> config.publicUrl() != null ? config.publicUrl() : url(), clock,
                config.mediator().fileLinkTtl());
        var wired = Services.build(store, clock, bus, new Hub(), config.publicUrl(), VERSION, files, background, mailer(),
                config.mediator(), links);
        mediator = wired.mediator();
        var services = wired.rocketChat();
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
            AgentChatApi agentChat = AgentChatApi.install(cfg.routes, wired.agentChat(), clock, "");
            agentRtm = RtmEndpoint.create(wired.agentChat(), agentChat.registry(), rtmLimits(config.realtime()), clock,
                    JettyFrameSink::new);
            JettyWebSockets.serve(cfg.jetty, RtmEndpoint.path(""), agentRtm::newSocket);
            MediatorApi.install(cfg.routes, wired.mediator());
            realtime = DdpEndpoint.create(services, config.realtime(), clock, JettyFrameSink::new);
            JettyWebSockets.serve(cfg.jetty, "/websocket", upgrade -> realtime.newSocket());
            LivechatWidget.install(cfg.routes, widget, config.publicUrl());
            WebAssets.install(cfg.routes);
            // Routes that wrote their own 404 (the widget's plain-text ones) keep it.
            cfg.routes.error(404, ctx -> {
                if (ctx.resultInputStream() == null) Requests.send(ctx, 404, ErrorBodies.notFound());
            });
            cfg.routes.error(405, ctx -> Requests.send(ctx, 404, ErrorBodies.notFound()));
        });
        // Before any socket: whoever was connected when the node stopped has lost that connection.
        wired.rocketChat().agentConnections().recoverAfterRestart();
        app.start();
        // Whatever queued while the node was down (or before this start) is routed now; then the timers run.
        wired.router().requestDrain();
        // One delivery worker per node; on PostgreSQL an advisory lock lets one node claim at a time.
        mediator.worker().start();
        background.scheduleWithFixedDelay(() -> runSafely(wired.timers()::runDue), TIMER_PERIOD_MILLIS,
                TIMER_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        // Its own schedule: a failing routing timer must not keep idle mediator sessions open, nor the reverse.
        background.scheduleWithFixedDelay(() -> runSafely(mediator.expiry()::runDue), TIMER_PERIOD_MILLIS,
                TIMER_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("Switchboard ready at {} (database: {})", url(), describe(config.effectiveDatabaseUrl()));
        return this;
    }

    private Mailer mailer() {
        MailConfig mail = config.mail();
        if (!mail.enabled()) return Mailer.disabled(mail.from());
        LOG.info("Mail goes out through {}:{} as {}", mail.smtpHost(), mail.smtpPort(), mail.from());
        return new SmtpMailer(mail);
    }

    private WidgetBuild openWidget() {
        if (config.livechatWidgetDir() == null) return null;
        try {
            return WidgetBuild.open(config.livechatWidgetDir());
        } catch (IllegalArgumentException e) {
            throw new ConfigLoader.ConfigException("livechat.widget-dir: " + e.getMessage());
        }
    }

    /** A failed timer run must not cancel the schedule; the next run retries what is still due. */
    private static void runSafely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("timers failed; retrying on the next run", e);
        }
    }

    /**
     * The LiveChat RTM bounds from the same {@code realtime.*} settings as DDP: the login deadline and
     * the silence limit are {@code ping-after} (30 s by default, LiveChat's own figures).
     */
    static RtmLimits rtmLimits(DdpLimits d) {
        return new RtmLimits(d.pingAfter(), d.pingAfter(), RtmLimits.defaults().maxPendingRequests(), d.maxPendingChars(),
                d.resumeWindow(), d.replayFrames(), d.maxFrameBytes());
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
        mediator.worker().close();
        realtime.close();
        agentRtm.close();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
        }
        store.close();
        LOG.info("Switchboard stopped");
        app = null;
        store = null;
    }
}
