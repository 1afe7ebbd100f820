package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpException.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A DDP client (Meteor's realtime protocol, spec §5) over {@link java.net.http.WebSocket}, speaking
 * Switchboard's lossless-resume extension: it asks for sequenced stream events, and when the socket drops
 * it reconnects by itself and resumes the session, receiving exactly the events it missed. When the server
 * cannot resume (a new session, {@code "resync"}), it subscribes again and tells {@link #onResync} listeners,
 * which reload their state over REST.
 *
 * <p>Guarantees: stream events reach listeners in server order, without duplicates within a session, one at
 * a time on one thread per client (never a socket thread). Call and subscribe futures complete on other
 * threads, so a listener may block on them. A call sent when the socket dies fails with
 * {@link DdpException#DISCONNECTED} (the server may or may not have run it); a call or subscription made
 * while reconnecting waits and goes out once a session is up. All methods are thread-safe.
 */
public final class DdpClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DdpClient.class.getName());

    private enum State { CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    private record ResyncCall(String method, ArrayNode params) {}

    private final URI uri;
    private final DdpOptions options;
    private final HttpClient http;
    private final AtomicLong ids = new AtomicLong();
    private final EventDelivery events = new EventDelivery();
    private final Connection.Handler handler = new Connection.Handler() {
        @Override public void onFrame(Connection connection, JsonNode frame) { DdpClient.this.onFrame(connection, frame); }
        @Override public void onLost(Connection connection, String why, Throwable cause) { DdpClient.this.onLost(connection, why, cause); }
    };
    private final Object lock = new Object();
    // Everything below is guarded by lock.
    private final PendingCalls calls = new PendingCalls();
    private final Subscriptions subscriptions = new Subscriptions();
    private State state = State.CONNECTING;
    private Connection current;
    private volatile String session;
    private String pendingResync;
    private int failedAttempts;
    private volatile ResyncCall resyncCall;
    private ScheduledFuture<?> heartbeat;

    private DdpClient(URI uri, DdpOptions options) {
        this.uri = uri;
        this.options = Objects.requireNonNull(options, "options");
        this.http = options.httpClient() != null ? options.httpClient() : Shared.httpClient();
    }

    /** {@link #connect(URI, DdpOptions)} with {@link DdpOptions#defaults()}. */
    public static DdpClient connect(URI serverUri) {
        return connect(serverUri, DdpOptions.defaults());
    }

    /**
     * Opens a socket, performs the DDP handshake and returns once the server answered {@code connected}.
     *
     * @param serverUri a {@code ws(s)://…/websocket} URI, or the server's {@code http(s)://} base URL (see
     *                  {@link #websocketUri})
     * @throws DdpException with code {@link DdpException#CONNECT_FAILED}, {@link DdpException#TIMEOUT} or
     *                      {@link DdpException#FAILED}; a failed first connect is not retried
     */
    public static DdpClient connect(URI serverUri, DdpOptions options) {
        DdpClient client = new DdpClient(websocketUri(serverUri), options);
        client.awaitFirstSession();
        return client;
    }

    /**
     * The WebSocket URI for a server: {@code ws}/{@code wss} URIs are returned unchanged; {@code http(s)://host[/prefix]}
     * becomes {@code ws(s)://host[/prefix]/websocket}.
     */
    public static URI websocketUri(URI server) {
        String scheme = Objects.requireNonNull(server.getScheme(), "URI has no scheme: " + server).toLowerCase(Locale.ROOT);
        String wsScheme = switch (scheme) {
            case "ws", "wss" -> null;
            case "http" -> "ws";
            case "https" -> "wss";
            default -> throw new IllegalArgumentException("not an http(s) or ws(s) URI: " + server);
        };
        if (wsScheme == null) {
            return server;
        }
        String path = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
        return URI.create(wsScheme + "://" + server.getRawAuthority() + (path.endsWith("/websocket") ? path : path + "/websocket"));
    }

    /**
     * Calls a server method; {@code params} are serialized with Jackson into the frame's {@code params} array.
     * The future completes with {@code result} ({@link com.fasterxml.jackson.databind.node.NullNode} when the server omitted it), or fails with a
     * {@link DdpException} carrying the server's error, {@link DdpException#DISCONNECTED} or {@link DdpException#CLOSED}.
     *
     * @throws IllegalArgumentException when a parameter cannot be written as JSON
     */
    public CompletableFuture<JsonNode> call(String method, Object... params) {
        Objects.requireNonNull(method, "method");
        String id = nextId();
        String frame = Frames.method(id, method, Frames.params(params));
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        synchronized (lock) {
            if (state == State.CLOSED) {
                return CompletableFuture.failedFuture(client(DdpException.CLOSED, "the client is closed", null));
            }
            boolean sendNow = state == State.CONNECTED;
            calls.add(id, frame, future, sendNow);
            if (sendNow) {
                current.send(frame);
            }
        }
        return future;
    }

    /**
     * Subscribes to {@code eventName} of stream {@code name} with
     * {@code params:[eventName,{"useCollection":false,"args":[extra]}]} ({@code "args":[]} when {@code extra} is
     * {@code null}). The future completes on {@code ready}, or fails with a {@link DdpException} on {@code nosub}.
     */
    public CompletableFuture<Subscription> subscribe(String name, String eventName, Object extra) {
        Subscription subscription = new Subscription(this, nextId(), Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(eventName, "eventName"), Frames.tree(extra));
        synchronized (lock) {
            if (state == State.CLOSED) {
                return CompletableFuture.failedFuture(client(DdpException.CLOSED, "the client is closed", null));
            }
            subscriptions.add(subscription);
            if (state == State.CONNECTED) {
                subscription.status = Subscription.Status.SENT;
                current.send(subscription.frame());
            }
        }
        return subscription.ready;
    }

    /** Adds a listener for every stream event of this client, in order, on the client's event thread. */
    public void addListener(Consumer<StreamEvent> listener) {
        events.addListener(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<StreamEvent> listener) {
        events.removeListener(listener);
    }

    /**
     * Adds a listener told the reason (e.g. {@code unknown-session}, {@code buffer-exceeded}) when a reconnect
     * could not resume: events may have been lost, so reload the state over REST. It runs on the event thread
     * once every active subscription is ready again, so no event after the reload is missed.
     */
    public void onResync(Consumer<String> listener) {
        events.addResyncListener(Objects.requireNonNull(listener, "listener"));
    }

    /** {@link #onResync(Consumer)} for a listener that does not need the reason. */
    public void onResync(Runnable listener) {
        Objects.requireNonNull(listener, "listener");
        events.addResyncListener(reason -> listener.run());
    }

    /**
     * Registers a method call that the client makes first on every new session after a resync, before it
     * subscribes again: a new session is anonymous, and Meteor clients likewise re-send their {@code login}.
     * The server must process a connection's frames in order, so the call takes effect before the
     * subscriptions. Its failure is only logged. Replaces the previous registration; a {@code null} method clears it.
     *
     * @throws IllegalArgumentException when a parameter cannot be written as JSON
     */
    public void callOnResync(String method, Object... params) {
        resyncCall = method == null ? null : new ResyncCall(method, Frames.params(params));
    }

    /** The current DDP session id; changes only after a resync. Never {@code null} once connected. */
    public String session() {
        return session;
    }

    /** The sequence number of the last stream event delivered in this session ({@code 0}: none yet). */
    public long lastSeq() {
        return events.lastSeq();
    }

    /** Whether a session is up right now (false while reconnecting and after {@link #close()}). */
    public boolean isConnected() {
        synchronized (lock) {
            return state == State.CONNECTED;
        }
    }

    /**
     * Test hook: drops the TCP connection without a close handshake, as a network failure would. In-flight
     * calls fail with {@link DdpException#DISCONNECTED}; the client reconnects and resumes by itself.
     */
    public void killSocket() {
        synchronized (lock) {
            Connection connection = current;
            if (state != State.CLOSED && connection != null && !connection.isDead()) {
                lose(connection, client(DdpException.DISCONNECTED, "socket killed by killSocket()", null));
            }
        }
    }

    /**
     * Closes the socket with a normal close frame and stops reconnecting. Waiting calls and subscriptions fail
     * with {@link DdpException#CLOSED}; events already received are still delivered. Idempotent.
     */
    @Override
    public void close() {
        Connection connection;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            connection = current;
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            DdpException closed = client(DdpException.CLOSED, "the client was closed", null);
            calls.removeAll().forEach(future -> Shared.fail(future, closed));
            for (Subscription subscription : subscriptions.clear()) {
                subscription.deactivate();
                Shared.fail(subscription.ready, closed);
            }
            pendingResync = null;
        }
        if (connection != null) {
            if (connection.handshake.isDone() && !connection.isDead()) {
                connection.closeGracefully();
            } else {
                connection.abort();
            }
        }
        events.shutdown();
    }

    @Override
    public String toString() {
        return "DdpClient[" + uri + " session=" + session + " lastSeq=" + events.lastSeq() + "]";
    }

    // ---- connection lifecycle ----

    private void awaitFirstSession() {
        Connection first;
        synchronized (lock) {
            first = open(false);
        }
        try {
            first.handshake.get(); // the handshake timeout guarantees an outcome
        } catch (ExecutionException e) {
            close();
            if (e.getCause() instanceof DdpException failure) {
                throw new DdpException(failure.code(), failure.reason(), failure.getMessage(), failure.error(), failure);
            }
            throw client(DdpException.CONNECT_FAILED, "cannot connect to " + uri + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw client(DdpException.CONNECT_FAILED, "interrupted while connecting to " + uri, e);
        }
    }

    /** Opens a socket and makes it current; its handshake asks to resume the session when {@code resume}. */
    private Connection open(boolean resume) {
        String connectFrame = resume ? Frames.connect(session, events.lastSeq()) : Frames.connect(null, 0);
        Connection connection = Connection.open(http, uri, options.connectTimeout(), connectFrame, resume, handler);
        current = connection;
        Shared.TIMER.schedule(() -> handshakeTimedOut(connection), options.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
        return connection;
    }

    private void handshakeTimedOut(Connection connection) {
        synchronized (lock) {
            if (connection == current && !connection.isDead() && !connection.handshake.isDone()) {
                lose(connection, client(DdpException.TIMEOUT,
                        "no DDP handshake with " + uri + " within " + options.connectTimeout(), null));
            }
        }
    }

    private void onLost(Connection connection, String why, Throwable cause) {
        synchronized (lock) {
            if (connection == current && !connection.isDead()) {
                String code = connection.handshake.isDone() ? DdpException.DISCONNECTED : DdpException.CONNECT_FAILED;
                lose(connection, client(code, why, cause));
            }
        }
    }

    /** The current connection is gone (lock held): settle what depended on it and plan the next attempt. */
    private void lose(Connection connection, DdpException why) {
        connection.abort();
        if (state == State.CLOSED) {
            return;
        }
        if (!connection.handshake.isDone()) {
            connection.handshake.completeExceptionally(why);
            if (state != State.CONNECTING) {
                scheduleReconnect();
            }
            return; // a first connect that fails is reported by connect(), not retried
        }
        LOG.log(System.Logger.Level.DEBUG, "DDP connection to {0} lost: {1}", uri, why.getMessage());
        state = State.RECONNECTING;
        DdpException disconnected = client(DdpException.DISCONNECTED, "connection lost before the result arrived: "
                + why.getMessage(), why);
        calls.removeSent().forEach(future -> Shared.fail(future, disconnected));
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        long first = options.reconnectDelay().toNanos();
        long delay = Math.min(options.maxReconnectDelay().toNanos(), first << Math.min(failedAttempts, 16));
        failedAttempts++;
        Shared.TIMER.schedule(() -> {
            synchronized (lock) {
                if (state != State.CLOSED) {
                    open(true);
                }
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void checkHeartbeat() {
        synchronized (lock) {
            if (state != State.CONNECTED) {
                return;
            }
            long ping = options.pingInterval().toNanos();
            long silent = current.nanosSinceLastFrame();
            if (silent >= 2 * ping) {
                lose(current, client(DdpException.TIMEOUT, "no frame from the server for "
                        + TimeUnit.NANOSECONDS.toMillis(silent) + " ms", null));
            } else if (silent >= ping && current.nanosSinceLastPing() >= ping) {
                current.sendPing();
            }
        }
    }

    // ---- incoming frames (each handler runs with the lock held) ----

    private void onFrame(Connection connection, JsonNode frame) {
        synchronized (lock) {
            if (connection != current || connection.isDead() || state == State.CLOSED) {
                return;
            }
            try {
                dispatch(connection, frame);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring a DDP frame this client cannot handle: " + frame, e);
            }
        }
    }

    private void dispatch(Connection connection, JsonNode frame) {
        String msg = frame.path("msg").asText("");
        if (msg.equals("ping")) {
            connection.send(Frames.pong(frame.get("id")));
        } else if (!connection.handshake.isDone()) {
            switch (msg) {
                case "connected" -> onConnected(connection, frame);
                case "failed" -> lose(connection, client(DdpException.FAILED, "the server refused the DDP handshake: " + frame, null));
                default -> { } // {"server_id":"0"}, or something premature
            }
        } else {
            switch (msg) {
                case "changed" -> events.onChanged(frame);
                case "result" -> calls.onResult(frame);
                case "ready" -> {
                    subscriptions.onReady(frame);
                    maybeNotifyResync();
                }
                case "nosub" -> {
                    subscriptions.onNosub(frame);
                    maybeNotifyResync();
                }
                case "error" -> LOG.log(System.Logger.Level.WARNING, "the server reported a DDP protocol error: {0}", frame);
                default -> { } // pong, updated, added, removed: nothing this client needs
            }
        }
    }

    private void onConnected(Connection connection, JsonNode frame) {
        JsonNode newSession = frame.get("session");
        if (newSession == null || !newSession.isTextual()) {
            lose(connection, client(DdpException.FAILED, "the server's connected frame has no session: " + frame, null));
            return;
        }
        boolean resumed = connection.resuming() && newSession.asText().equals(session) && !frame.hasNonNull("resync");
        session = newSession.asText();
        state = State.CONNECTED;
        failedAttempts = 0;
        connection.markAlive();
        if (resumed) {
            subscriptions.afterResume(this::nextId).forEach(connection::send);
        } else {
            events.resetSequence();
            subscriptions.afterNewSession(this::nextId);
            if (connection.resuming()) {
                pendingResync = frame.path("resync").asText("new-session");
                LOG.log(System.Logger.Level.INFO, "DDP session could not be resumed ({0}); subscribing again", pendingResync);
                sendResyncCall(connection);
            }
        }
        subscriptions.sendUnsent().forEach(connection::send);
        calls.takeUnsent().forEach(connection::send);
        connection.handshake.complete(frame);
        if (heartbeat == null) {
            long period = Math.max(TimeUnit.MILLISECONDS.toNanos(1), options.pingInterval().toNanos() / 4);
            heartbeat = Shared.TIMER.scheduleAtFixedRate(this::checkHeartbeat, period, period, TimeUnit.NANOSECONDS);
        }
        maybeNotifyResync();
    }

    // ---- helpers ----

    CompletableFuture<Void> unsubscribe(Subscription subscription) {
        synchronized (lock) {
            if (!subscription.isActive()) {
                return CompletableFuture.completedFuture(null);
            }
            subscription.deactivate();
            subscriptions.remove(subscription.id());
            Shared.fail(subscription.ready, client(DdpException.UNSUBSCRIBED, "unsubscribed before ready", null));
            maybeNotifyResync();
            if (subscription.status == Subscription.Status.UNSENT) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            subscriptions.awaitUnsub(subscription.id(), confirmed);
            if (state == State.CONNECTED) {
                current.send(Frames.unsub(subscription.id()));
            }
            return confirmed;
        }
    }

    /** The registered {@link #callOnResync} call goes first on a new session, before subscriptions and queued calls. */
    private void sendResyncCall(Connection connection) {
        ResyncCall call = resyncCall;
        if (call == null) {
            return;
        }
        String id = nextId();
        String frame = Frames.method(id, call.method(), call.params());
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        result.whenComplete((ignored, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.WARNING, "{0} after a resync failed: {1}", call.method(), error.getMessage());
            }
        });
        calls.add(id, frame, result, true);
        connection.send(frame);
    }

    private void maybeNotifyResync() {
        if (pendingResync != null && state == State.CONNECTED && subscriptions.allReady()) {
            String reason = pendingResync;
            pendingResync = null;
            events.resync(reason);
        }
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
