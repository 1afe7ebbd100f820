package dev.switchboard.api.rocketchat.routes;

import io.javalin.config.RoutesConfig;

/**
 * Cross-origin access to the REST API as Rocket.Chat allows it (rocketchat-livechat.md §1.7): every
 * answer under {@code /api/} carries {@code Access-Control-Allow-Origin: *}, errors included, and
 * preflights are answered with the methods and upstream's header allow-list. No credentials are
 * involved (the API authenticates with headers, never cookies), so the wildcard origin is safe. The
 * WebSocket endpoint is outside {@code /api/} and is not origin-checked either, as upstream.
 */
public final class CorsRoutes {
    public static final String ALLOW_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    public static final String ALLOW_HEADERS =
            "Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization";

    private CorsRoutes() {}

    /** Must be installed before any other {@code /api/*} before-handler, so that one failing still leaves the header. */
    public static void install(RoutesConfig r) {
        r.before("/api/*", ctx -> ctx.header("Access-Control-Allow-Origin", "*"));
        r.options("/api/*", ctx -> ctx.status(200)
                .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                .header("Access-Control-Allow-Headers", ALLOW_HEADERS));
    }
}
