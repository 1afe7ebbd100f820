package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
    private final URI uri;
    private final EventDelivery events = new EventDelivery();
    private final SessionKeeper keeper;

    private DdpClient(URI uri, DdpOptions options) {
        this.uri = uri;
        this.keeper = new SessionKeeper(uri, options, events);
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
        DdpClient client = new DdpClient(websocketUri(serverUri), Objects.requireNonNull(options, "options"));
        client.keeper.start();
        return client;
    }

    /**
     * The WebSocket URI for a server: {@code ws}/{@code wss} URIs are returned unchanged;
     * {@code http(s)://host[/prefix]} becomes {@code ws(s)://host[/prefix]/websocket}.
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
     * The future completes with {@code result} ({@link com.fasterxml.jackson.databind.node.NullNode} when the
     * server omitted it), or fails with a {@link DdpException} carrying the server's error,
     * {@link DdpException#DISCONNECTED} or {@link DdpException#CLOSED}.
     *
     * @throws IllegalArgumentException when a parameter cannot be written as JSON
     */
    public CompletableFuture<JsonNode> call(String method, Object... params) {
        return keeper.call(Objects.requireNonNull(method, "method"), Frames.params(params));
    }

    /**
     * Subscribes to {@code eventName} of stream {@code name} with
     * {@code params:[eventName,{"useCollection":false,"args":[extra]}]} ({@code "args":[]} when {@code extra} is
     * {@code null}). The future completes on {@code ready}, or fails with a {@link DdpException} on {@code nosub}.
     */
    public CompletableFuture<Subscription> subscribe(String name, String eventName, Object extra) {
        return keeper.subscribe(Objects.requireNonNull(name, "name"), Objects.requireNonNull(eventName, "eventName"),
                Frames.tree(extra));
    }

    /** Adds a listener for every stream event of this client, in order, on the client's event thread. */
    public void addListener(Consumer<StreamEvent> listener) {
        events.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addListener}; events already queued for it may still arrive. */
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
     * Adds a listener told why, each time a socket is lost or a reconnection attempt fails (code
     * {@link DdpException#DISCONNECTED}, {@link DdpException#CONNECT_FAILED}, {@link DdpException#TIMEOUT} or
     * {@link DdpException#FAILED}): for a "reconnecting…" banner, or a log of why a client was away. The client
     * reconnects by itself; it runs on the event thread, in order with the events.
     */
    public void onConnectionLost(Consumer<DdpException> listener) {
        events.addLossListener(Objects.requireNonNull(listener, "listener"));
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
        keeper.setResyncCall(method, method == null ? null : Frames.params(params));
    }

    /** The current DDP session id; changes only after a resync. Never {@code null} once connected. */
    public String session() {
        return keeper.session();
    }

    /** The sequence number of the last stream event delivered in this session ({@code 0}: none yet). */
    public long lastSeq() {
        return events.lastSeq();
    }

    /** Whether a session is up right now (false while reconnecting and after {@link #close()}). */
    public boolean isConnected() {
        return keeper.isConnected();
    }

    /**
     * Test hook: drops the TCP connection without a close handshake, as a network failure would. In-flight
     * calls fail with {@link DdpException#DISCONNECTED}; the client reconnects and resumes by itself.
     */
    public void killSocket() {
        keeper.killSocket();
    }

    /**
     * Closes the socket with a normal close frame and stops reconnecting. Waiting calls and subscriptions fail
     * with {@link DdpException#CLOSED}; events already received are still delivered. Idempotent.
     */
    @Override
    public void close() {
        keeper.close();
    }

    @Override
    public String toString() {
        return "DdpClient[" + uri + " session=" + keeper.session() + " lastSeq=" + events.lastSeq() + "]";
    }
}
