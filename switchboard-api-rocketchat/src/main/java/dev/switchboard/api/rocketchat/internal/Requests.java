package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.auth.AccountService;
import dev.switchboard.core.error.Unauthenticated;
import dev.switchboard.core.model.User;
import io.javalin.http.Context;

/** Per-request helpers shared by the route groups: the caller, the body, the query, the reply. */
public final class Requests {
    private static final String USER_KEY = "switchboard.user";

    private Requests() {}

    /** The authenticated user from {@code X-User-Id}/{@code X-Auth-Token}; cached on the request. */
    public static User user(Context ctx, AccountService accounts) {
        User cached = ctx.attribute(USER_KEY);
        if (cached != null) return cached;
        String id = ctx.header("X-User-Id");
        String token = ctx.header("X-Auth-Token");
        if (id == null || token == null || id.isEmpty() || token.isEmpty()) {
            throw new Unauthenticated("unauthorized", "You must be logged in to do this.");
        }
        User user = accounts.authenticate(id, token);
        ctx.attribute(USER_KEY, user);
        return user;
    }

    public static Body body(Context ctx) { return Body.parse(ctx.bodyAsBytes()); }

    public static Query query(Context ctx) { return new Query(ctx.queryParamMap()); }

    /** Replies 200 with the fields at top level plus {@code success:true} (§1.3). */
    public static void ok(Context ctx, Obj fields) {
        fields.put("success", true);
        send(ctx, 200, fields);
    }

    /** Writes a JSON reply with the REST mapper (ISO dates), whatever the server's default mapper is. */
    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unserializable reply", e);
        }
    }

    public static void ok(Context ctx) { ok(ctx, new Obj()); }

    /**
     * The server's base URL for links in a reply (avatars, sounds): the configured public URL, else
     * what this request used to reach us; empty (relative links) when neither is usable.
     */
    public static String baseUrl(Context ctx, String configuredPublicUrl) {
        return new ServerUrl(configuredPublicUrl).of(ctx).orElse("");
    }
}
