package dev.switchboard.server;

import io.javalin.config.JettyConfig;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServerContainer;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.ee10.websocket.servlet.WebSocketUpgradeFilter;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.JettyWebSocketFrameHandlerFactory;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.core.server.WebSocketMappings;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;

/**
 * Serves a WebSocket path with Jetty's own WebSocket API ({@link Session.Listener}s) rather than a Javalin
 * {@code ws()} route, keeping nothing of the upgrade request once a socket is open: each endpoint takes
 * what it needs from the request when its listener is made. Two things kept the whole HTTP exchange (the
 * servlet request and response, their headers, the HTTP connection and parser) alive for every socket's
 * life, most of an idle socket's heap: Javalin's {@code WsConnection}, and the upgrade response snapshot
 * Jetty 12.1.12's own factory gives each session ({@code CompletedUpgradeResponse} keeps a live view of
 * the response headers). So Jetty's frame handler is made here without the upgrade snapshots, and
 * {@link Session#getUpgradeRequest()}, {@link Session#getUpgradeResponse()}, {@link Session#isSecure()}
 * and {@link Session#getProtocolVersion()} are not available on these sockets. Jetty's upgrade filter
 * claims the upgrades on the path ahead of Javalin's servlet; any other request to it still reaches
 * Javalin. Each endpoint bounds its own sockets (frame sizes, idle timeout) when they open.
 */
final class JettyWebSockets {
    private JettyWebSockets() {}

    /**
     * Registers {@code path} (an exact path) before the server starts.
     *
     * @param sockets makes the listener of one new socket from its upgrade request
     */
    static void serve(JettyConfig jetty, String path, Function<ServerUpgradeRequest, Session.Listener> sockets) {
        jetty.modifyServletContextHandler(context -> JettyWebSocketServletContainerInitializer.configure(context,
                (servletContext, container) -> map(ServletContextHandler.getServletContextHandler(servletContext),
                        container, path, sockets)));
    }

    private static void map(ServletContextHandler context, JettyWebSocketServerContainer container, String path,
                            Function<ServerUpgradeRequest, Session.Listener> sockets) {
        var handlers = new JettyWebSocketFrameHandlerFactory(container,
                WebSocketServerComponents.ensureWebSocketComponents(context.getServer(), context));
        container.addBean(handlers); // started and stopped with the container, whose sessions it tracks
        WebSocketUpgradeFilter.ensureFilter(context.getServletContext());
        WebSocketMappings.ensureMappings(context).addMapping(WebSocketMappings.parsePathSpec(path),
                (request, response, callback) -> {
                    acceptFirstSubProtocol(request, response);
                    return sockets.apply(request);
                },
                (listener, request, response) -> handlers.newJettyFrameHandler(listener),
                configuration -> { });
    }

    /**
     * Answers a client that offers subprotocols with its first one, as Javalin's {@code ws()} routes did,
     * so such clients see no change; our protocols define none.
     */
    private static void acceptFirstSubProtocol(ServerUpgradeRequest request, ServerUpgradeResponse response) {
        for (String offered : request.getSubProtocols()) {
            if (!offered.isBlank()) {
                response.setAcceptedSubProtocol(offered.trim());
                return;
            }
        }
    }
}
