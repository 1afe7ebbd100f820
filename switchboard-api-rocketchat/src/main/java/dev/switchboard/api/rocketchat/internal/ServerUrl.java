package dev.switchboard.api.rocketchat.internal;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server's own URL as clients should use it (the widget's {@code SERVER_URL}, rocketchat-livechat.md
 * §6.4 rule 1; avatar and sound links): the configured public URL,
 * or else the scheme and {@code Host} of the request that loaded the widget, which is what the browser
 * used to reach us. A {@code Host} that is not a plain host name or address with an optional port is
 * refused rather than written into the page. Behind a TLS-terminating proxy the request scheme is
 * {@code http}, so such deployments configure the public URL. Immutable.
 */
public final class ServerUrl {
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");
    private final String configured;

    /** @param configured nullable; a trailing slash is dropped */
    public ServerUrl(String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    /** The URL without a trailing slash, or empty when it is not configured and the request's Host is unusable. */
    public Optional<String> of(Context ctx) {
        if (configured != null) return Optional.of(configured);
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) return Optional.empty();
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return Optional.of(scheme + "://" + host);
    }
}
