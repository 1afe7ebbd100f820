package dev.switchboard.api.rocketchat.widget;

import dev.switchboard.api.rocketchat.internal.ServerUrl;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hosts Rocket.Chat's official Livechat widget build (rocketchat-livechat.md §6.4): the app page at
 * {@code /livechat} with {@code SERVER_URL} injected, its files under {@code /livechat/*}, and the
 * avatars it shows at {@code /avatar/:username}. The page must live at exactly {@code /livechat}
 * because it loads its scripts relatively as {@code livechat/…}, hence the redirect from
 * {@code /livechat/}. Query strings such as the loader's cache-buster {@code ?_=…} play no part.
 * Without a build ({@code livechat.widget-dir} unset) the widget paths answer 404 with a message
 * naming the setting.
 */
public final class LivechatWidget {
    static final String NOT_CONFIGURED = "The Rocket.Chat livechat widget is not hosted by this server: set livechat.widget-dir"
            + " (environment SWITCHBOARD_LIVECHAT_WIDGET_DIR) to the build/ directory of the npm package " + WidgetBuild.PACKAGE + ".\n";

    private LivechatWidget() {}

    /**
     * @param build     nullable: no widget is hosted
     * @param publicUrl nullable: the widget is told the scheme and host it was loaded from
     */
    public static void install(RoutesConfig r, WidgetBuild build, String publicUrl) {
        ServerUrl serverUrl = new ServerUrl(publicUrl);
        r.get("/livechat", ctx -> {
            if (ctx.path().endsWith("/")) redirectToPage(ctx);
            else if (build == null) notConfigured(ctx);
            else page(ctx, build, serverUrl);
        });
        r.get("/livechat/<file>", ctx -> {
            String file = ctx.pathParam("file");
            if (file.isEmpty()) redirectToPage(ctx);
            else if (build == null) notConfigured(ctx);
            else file(ctx, build, file);
        });
        r.get("/avatar/{username}", ctx -> ctx.contentType("image/svg+xml").header("Cache-Control", "public, max-age=3600")
                .result(AvatarSvg.of(ctx.pathParam("username"))));
    }

    private static void page(Context ctx, WidgetBuild build, ServerUrl serverUrl) {
        var url = serverUrl.of(ctx);
        if (url.isEmpty()) {
            text(ctx, HttpStatus.BAD_REQUEST, "Invalid Host header; configure public-url (SWITCHBOARD_PUBLIC_URL).\n");
            return;
        }
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache")
                .result(IndexPage.withServerUrl(build.indexHtml(), url.get()));
    }

    private static void file(Context ctx, WidgetBuild build, String relative) throws IOException {
        Path file = build.file(relative).orElse(null);
        if (file == null) {
            text(ctx, HttpStatus.NOT_FOUND, "Not found\n");
            return;
        }
        ctx.contentType(ContentTypes.of(file.getFileName().toString()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=3600")
                .result(Files.newInputStream(file));
    }

    private static void redirectToPage(Context ctx) {
        String query = ctx.queryString();
        ctx.redirect(query == null || query.isEmpty() ? "/livechat" : "/livechat?" + query, HttpStatus.FOUND);
    }

    private static void notConfigured(Context ctx) { text(ctx, HttpStatus.NOT_FOUND, NOT_CONFIGURED); }

    private static void text(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
    }
}
