package dev.switchboard.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the {@code switchboard-web} module's static files from the classpath: the agent console at
 * {@code /console} (its page) and {@code /console/*} (its modules), the visitor widget's loader at
 * {@code /widget.js} and the modules it loads when the visitor opens the chat at {@code /widget/*}.
 * Files are read once and kept, with their gzip form and an ETag, because the widget loader is on
 * every host page's critical path. Only names under the two folders are ever looked up, and names
 * with {@code ..} or a leading dot are refused, so nothing else on the classpath can be read. The
 * widget's files may be fetched and timed from any origin.
 * Thread-safe.
 */
public final class WebAssets {
    static final String ROOT = "switchboard-web/";
    private final Map<String, WebAsset> cache = new ConcurrentHashMap<>();

    private WebAssets() {}

    public static void install(RoutesConfig r) {
        WebAssets assets = new WebAssets();
        r.get("/console", ctx -> assets.serve(ctx, "console/index.html"));
        r.get("/console/<file>", ctx -> {
            String file = ctx.pathParam("file");
            assets.serve(ctx, file.isEmpty() ? "console/index.html" : "console/" + file);
        });
        r.get("/widget.js", ctx -> assets.serve(crossOrigin(ctx), "widget/widget.js"));
        r.get("/widget/<file>", ctx -> assets.serve(crossOrigin(ctx), "widget/" + ctx.pathParam("file")));
    }

    /**
     * The widget runs on other sites' pages: its modules are imported cross-origin (module scripts need
     * CORS) and the host page may time them (Resource Timing hides sizes without Timing-Allow-Origin).
     * The files are public and no credentials are involved, so the wildcard is safe.
     */
    private static Context crossOrigin(Context ctx) {
        return ctx.header("Access-Control-Allow-Origin", "*").header("Timing-Allow-Origin", "*");
    }

    private void serve(Context ctx, String name) {
        WebAsset asset = WebAsset.isSafeName(name) ? find(name) : null;
        if (asset == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found\n");
            return;
        }
        asset.writeTo(ctx);
    }

    /** Only files that exist are kept: caching misses would let requests for made-up names grow the map without bound. */
    private WebAsset find(String name) {
        WebAsset kept = cache.get(name);
        if (kept != null) return kept;
        Optional<WebAsset> loaded = WebAsset.load(ROOT + name);
        loaded.ifPresent(a -> cache.putIfAbsent(name, a));
        return loaded.orElse(null);
    }
}
