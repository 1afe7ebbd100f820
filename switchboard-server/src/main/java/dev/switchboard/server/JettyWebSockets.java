package dev.switchboard.server;

import io.javalin.config.JettyConfig;
import java.util.function.Function;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.websocket.api.Session;

/**
 * Serves a WebSocket path with Jetty's own WebSocket API rather than a Javalin {@code ws()} route. Javalin
 * keeps every socket's upgrade context (the servlet request with its headers, a {@code WsContext}, its
 * maps and locks) for the socket's whole life, which was most of an idle socket's heap; a listener made
 * per socket keeps only what its endpoint takes from the upgrade request. Jetty's upgrade filter claims
 * the upgrades on the path ahead of Javalin's servlet; any other request to it still reaches Javalin.
 * Each endpoint bounds its own sockets (frame sizes, idle timeout) when they open.
 */
final class JettyWebSockets {
    private JettyWebSockets() {}

    /**
     * Registers {@code path} (an exact path) before the server starts.
     *
     * @param sockets makes the listener of one new socket from its upgrade request
     */
    static void serve(JettyConfig jetty, String path, Function<JettyServerUpgradeRequest, Session.Listener> sockets) {
        jetty.modifyServletContextHandler(context -> JettyWebSocketServletContainerInitializer.configure(context,
                (servletContext, container) -> container.addMapping(path, (request, response) -> {
                    acceptFirstSubProtocol(request, response);
                    return sockets.apply(request);
                })));
    }

    /**
     * Answers a client that offers subprotocols with its first one, as Javalin's {@code ws()} routes did,
     * so such clients see no change; our protocols define none.
     */
    private static void acceptFirstSubProtocol(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response) {
        for (String offered : request.getSubProtocols()) {
            if (!offered.isBlank()) {
                response.setAcceptedSubProtocol(offered.trim());
                return;
            }
        }
    }
}
