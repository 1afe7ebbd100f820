package dev.switchboard.api.rocketchat.ddp;

import java.nio.ByteBuffer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code /websocket} socket as Jetty's WebSocket API sees it: it holds the socket's
 * {@link DdpConnection} itself, so a frame needs no lookup, and it keeps nothing of the upgrade request
 * (Javalin's {@code ws()} layer kept the whole request for the socket's life, which was most of its heap).
 * Jetty calls one socket's events one at a time; the heartbeat reaches the connection through the
 * endpoint. Public only because Jetty binds a listener's methods by reflection.
 */
public final class DdpSocketListener implements Session.Listener.AutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(DdpSocketListener.class);
    private final DdpEndpoint endpoint;
    private volatile DdpConnection connection;

    DdpSocketListener(DdpEndpoint endpoint) { this.endpoint = endpoint; }

    @Override
    public void onWebSocketOpen(Session session) { connection = endpoint.opened(session); }

    @Override
    public void onWebSocketText(String text) {
        DdpConnection c = connection;
        if (c == null) return;
        try {
            endpoint.received(c, text);
        } catch (RuntimeException e) {
            // A bug, never the client's input (bad frames are answered): the socket ends with 1011, the node goes on.
            LOG.warn("DDP frame handling failed", e);
            c.socket.close(1011, "Internal server error");
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        // Taking binary messages (and dropping them) is what makes Jetty enforce their size bound.
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) { end(); }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        end();
        callback.succeed();
    }

    private void end() {
        DdpConnection c = connection;
        if (c != null) endpoint.closed(c);
    }
}
