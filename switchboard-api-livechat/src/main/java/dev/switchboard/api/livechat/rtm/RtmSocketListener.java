package dev.switchboard.api.livechat.rtm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTM socket as Jetty's WebSocket API sees it: it holds the socket's {@link RtmConnection} itself,
 * so a frame needs no lookup, and of the upgrade request only the two values replies need. Jetty calls
 * one socket's events one at a time. Public only because Jetty binds a listener's methods by reflection.
 */
public final class RtmSocketListener implements Session.Listener.AutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(RtmSocketListener.class);
    private final RtmEndpoint endpoint;
    private final String baseUrl;
    private final String organizationId;
    private volatile RtmConnection connection;

    RtmSocketListener(RtmEndpoint endpoint, String baseUrl, String organizationId) {
        this.endpoint = endpoint;
        this.baseUrl = baseUrl;
        this.organizationId = organizationId;
    }

    @Override
    public void onWebSocketOpen(Session session) { connection = endpoint.opened(session, baseUrl, organizationId); }

    @Override
    public void onWebSocketText(String text) { receive(text); }

    /** Clients may send their JSON as binary frames; they are read as UTF-8 text. */
    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        String text = StandardCharsets.UTF_8.decode(payload).toString();
        callback.succeed(); // the buffer is Jetty's again from here on
        receive(text);
    }

    private void receive(String text) {
        RtmConnection c = connection;
        if (c == null) return;
        try {
            endpoint.received(c, text);
        } catch (RuntimeException e) {
            // A bug, never the client's input (bad frames get error responses): the socket ends with 1011.
            LOG.warn("RTM frame handling failed", e);
            c.socket.close(1011, "Internal server error");
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) { end(); }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        end();
        callback.succeed();
    }

    private void end() {
        RtmConnection c = connection;
        if (c != null) endpoint.closed(c);
    }
}
