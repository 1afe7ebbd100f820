package dev.switchboard.server.e2e.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A customer's web page embedding the widget with the official snippet (rocketchat-livechat.md §6.2),
 * served from its own origin ({@code http://127.0.0.1:<port>}) so that the widget, loaded from
 * Switchboard at {@code http://localhost:<port>}, is cross-origin as on a real site. Serves
 * {@code /} only ({@code /favicon.ico} answers 204, which keeps the browser console quiet). Close it to free the port. Thread-safe.
 */
public final class HostPage implements AutoCloseable {
    private final HttpServer server;

    /** @param widgetUrl the {@code RocketChat.url} of the snippet, e.g. {@code http://localhost:3000/livechat} */
    public HostPage(String widgetUrl) {
        this(html(widgetUrl).getBytes(StandardCharsets.UTF_8));
    }

    /** A host page with any markup, e.g. Switchboard's own widget snippet or no widget at all (a baseline). */
    public static HostPage serving(String html) {
        return new HostPage(html.getBytes(StandardCharsets.UTF_8));
    }

    private HostPage(byte[] page) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/favicon.ico", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            boolean root = exchange.getRequestURI().getPath().equals("/");
            byte[] body = root ? page : "Not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", root ? "text/html; charset=utf-8" : "text/plain");
            exchange.sendResponseHeaders(root ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The page's URL. */
    public String url() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/"; }

    static String html(String widgetUrl) {
        return """
                <!doctype html>
                <html><head><meta charset="utf-8"><title>Acme shop</title></head>
                <body>
                <h1>Acme shop</h1>
                <p>A customer's page on another origin, embedding the livechat widget.</p>
                <!-- Start of Rocket.Chat Livechat Script -->
                <script type="text/javascript">
                (function(w, d, s, u) {
                  w.RocketChat = function(c) { w.RocketChat._.push(c) }; w.RocketChat._ = []; w.RocketChat.url = u;
                  var h = d.getElementsByTagName(s)[0], j = d.createElement(s);
                  j.async = true; j.src = 'WIDGET/rocketchat-livechat.min.js?_=201903270000';
                  h.parentNode.insertBefore(j, h);
                })(window, document, 'script', 'WIDGET');
                </script>
                </body></html>
                """.replace("WIDGET", widgetUrl);
    }

    @Override
    public void close() { server.stop(0); }
}
