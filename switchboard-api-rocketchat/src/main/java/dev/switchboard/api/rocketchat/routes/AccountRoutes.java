package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.baseUrl;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.render.UserJson;
import dev.switchboard.core.auth.AccountService.Session;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** login, logout, me and the users.* endpoints (rocketchat-livechat.md §2.2–§2.6). */
public final class AccountRoutes {
    private AccountRoutes() {}

    public static void install(RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/login", ctx -> login(ctx, s));
        r.post("/api/v1/logout", ctx -> logout(ctx, s));
        r.get("/api/v1/logout", ctx -> logout(ctx, s));
        r.get("/api/v1/me", ctx -> {
            var me = UserJson.full(user(ctx, s.accounts()), baseUrl(ctx, s.publicUrl()));
            me.with("services", Obj.of("password", Obj.of("exists", true))).with("isOAuthUser", false);
            ok(ctx, me);
        });
        r.post("/api/v1/users.register", ctx -> {
            if (ctx.header("X-Auth-Token") != null && ctx.header("X-User-Id") != null) {
                throw new Invalid("Logged in users can not register again.", null);
            }
            Body b = body(ctx);
            var u = s.accounts().register(b.requiredString("username"), b.requiredString("email"),
                    b.requiredString("pass"), b.optionalString("name"));
            ok(ctx, Obj.of("user", UserJson.full(u, baseUrl(ctx, s.publicUrl()))));
        });
        r.post("/api/v1/users.create", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            var u = s.accounts().create(actor, b.requiredString("username"), b.requiredString("email"),
                    b.requiredString("password"), b.requiredString("name"), roles(b.optionalStringList("roles")),
                    !Boolean.FALSE.equals(b.optionalBoolean("active")));
            ok(ctx, Obj.of("user", UserJson.full(u, baseUrl(ctx, s.publicUrl()))));
        });
        r.get("/api/v1/users.info", ctx -> {
            user(ctx, s.accounts());
            var q = query(ctx);
            String id = q.string("userId");
            String username = q.string("username");
            if (id == null && username == null) throw Params.missing("userId");
            ok(ctx, Obj.of("user", UserJson.full(s.accounts().info(id, username), baseUrl(ctx, s.publicUrl()))));
        });
        r.post("/api/v1/users.setStatus", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            String status = b.optionalString("status");
            String message = b.optionalString("message");
            if (status == null && message == null) throw Params.missing("status");
            s.accounts().setStatus(actor, status, message, b.optionalString("userId"), b.optionalString("username"));
            ok(ctx);
        });
    }

    private static void login(Context ctx, RocketChatServices s) {
        Body b = body(ctx);
        Session session;
        String resume = b.optionalString("resume");
        if (resume != null) {
            session = s.accounts().resume(resume);
        } else {
            String login = b.optionalString("user");
            if (login == null) login = b.optionalString("username");
            if (login == null) login = b.optionalString("email");
            String password = b.optionalString("password");
            if (login == null || password == null) {
                throw new dev.switchboard.core.error.Unauthenticated("Unauthorized", "Unauthorized");
            }
            session = s.accounts().login(login, password);
        }
        Requests.send(ctx, 200, Obj.of("status", "success", "data", Obj.of("userId", session.user().id(),
                "authToken", session.authToken(), "me", UserJson.full(session.user(), baseUrl(ctx, s.publicUrl()))), "success", true));
    }

    private static void logout(Context ctx, RocketChatServices s) {
        user(ctx, s.accounts());
        s.accounts().logout(ctx.header("X-Auth-Token"));
        Requests.send(ctx, 200, Obj.of("status", "success", "data", Obj.of("message", "You've been logged out!"),
                "success", true));
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) return roles;
        for (String n : names) {
            Role r = Role.fromWire(n);
            if (r == null) throw new Invalid("error-invalid-role", "Role " + n + " does not exist");
            roles.add(r);
        }
        return roles;
    }
}
