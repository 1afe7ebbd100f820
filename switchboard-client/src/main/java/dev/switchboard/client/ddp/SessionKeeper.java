package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.DdpException.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state machine behind a {@link DdpClient}: keeps one DDP session alive across sockets. It opens a
 * {@link Connection}, and when that dies (socket error, silence past twice the ping interval, a kill) it
 * settles the calls that were in flight, reconnects with backoff and asks to resume; on the answer it either
 * continues (resume) or starts over (resync: new subscription ids, then the resync listeners). Thread-safe:
 * every mutable field is guarded by {@code lock}, which is held only for short, non-blocking work; futures
 * and listeners run elsewhere.
 */
final class SessionKeeper {
    private static final System.Logger LOG = System.getLogger(SessionKeeper.class.getName());

    private enum State { CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    private record ResyncCall(String method, ArrayNode params) {}

    private final URI uri;
    private final DdpOptions options;
    private final HttpClient http;
    private final EventDelivery events;
    private final AtomicLong ids = new AtomicLong();
    private final Connection.Handler handler = new Connection.Handler() {
        @Override public void onFrame(Connection connection, JsonNode frame) { SessionKeeper.this.onFrame(connection, frame); }
        @Override public void onLost(Connection connection, String why, Throwable cause) { SessionKeeper.this.onLost(connection, why, cause); }
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

    SessionKeeper(URI uri, DdpOptions options, EventDelivery events) {
        this.uri = uri;
        this.options = options;
        this.http = options.httpClient() != null ? options.httpClient() : Shared.httpClient();
        this.events = events;
    }

    /** Opens the first socket and waits for {@code connected}; on failure closes and throws. */
    void start() {
        Connection first;
        synchronized (lock) {
            first = prepare(false);
        }
        first.open(http, uri, options.connectTimeout());
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

    CompletableFuture<JsonNode> call(String method, ArrayNode params) {
        String id = nextId();
        String frame = Frames.method(id, method, params);
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

    CompletableFuture<Subscription> subscribe(String name, String eventName, JsonNode extra) {
        Subscription subscription = new Subscription(this, nextId(), name, eventName, extra);
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

    /** See {@link Subscription#unsubscribe()}. */
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

    void setResyncCall(String method, ArrayNode params) {
        resyncCall = method == null ? null : new ResyncCall(method, params);
    }

    String session() {
        return session;
    }

    boolean isConnected() {
        synchronized (lock) {
            return state == State.CONNECTED;
        }
    }

    void killSocket() {
        synchronized (lock) {
            Connection connection = current;
            if (state != State.CLOSED && connection != null && !connection.isDead()) {
                lose(connection, client(DdpException.DISCONNECTED, "socket killed by killSocket()", null));
            }
        }
    }

    void close() {
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

    // ---- connection lifecycle ----

    /**
     * Makes a new connection current (lock held); the caller then dials it with {@link Connection#open} after
     * letting go of the lock. In that order because the JDK can run the socket's first callbacks inline, on
     * the dialing thread, when the server answers fast: dialing before {@code current} was set made this
     * client drop its own {@code connected} frame as a stale connection's and wait out the connect timeout
     * (seen in LosslessReconnectTest, on ~1 in 1,000 reconnects of a warm JVM); dialing under the lock let those
     * callbacks in, as the lock is reentrant, while the state was half made.
     */
    private Connection prepare(boolean resume) {
        String connectFrame = resume ? Frames.connect(session, events.lastSeq()) : Frames.connect(null, 0);
        Connection connection = new Connection(handler, connectFrame, resume);
        current = connection;
        Shared.TIMER.schedule(() -> handshakeTimedOut(connection), options.connectTimeout().toNanos(), TimeUnit.NANOSECONDS);
        return connection;
    }

    private void handshakeTimedOut(Connection connection) {
        synchronized (lock) {
            if (connection == current && !connection.isDead() && !connection.handshake.isDone()) {
                lose(connection, client(DdpException.TIMEOUT, "no DDP handshake with " + uri + " within "
                        + options.connectTimeout() + ": " + connection.handshakeProgress(), null));
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
        events.lost(why);
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
            Connection next;
            synchronized (lock) {
                if (state == State.CLOSED) {
                    return;
                }
                next = prepare(true);
            }
            // Not on the timer: the dialing thread may run the socket's first callbacks, which must not hold it up.
            Shared.COMPLETIONS.execute(() -> next.open(http, uri, options.connectTimeout()));
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

    /** The registered {@link DdpClient#callOnResync} call goes first on a new session, before subscriptions and queued calls. */
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
