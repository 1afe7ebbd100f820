package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Pagination;
import dev.switchboard.api.rocketchat.render.UserJson;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.store.UserStore.UserQuery;
import io.javalin.http.Context;
import java.util.Map;

/** {@code livechat/users/{agent|manager}} (rocketchat-livechat.md §4.3). */
public final class AgentRoutes {
    private static final Map<String, String> SORT = Map.of("name", "name", "username", "username", "createdAt", "createdAt");

    private AgentRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/users/{type}", ctx -> {
            Role role = role(ctx, s);
            var actor = user(ctx, s.accounts());
            var q = query(ctx);
            var page = Pagination.from(q, s.settings(), SORT, new PageRequest.SortKey("name", true));
            var filter = new UserQuery(role, q.string("text"), Boolean.TRUE.equals(q.bool("onlyAvailable")),
                    q.string("excludeId"), Boolean.FALSE.equals(q.bool("showIdleAgents")));
            var users = s.livechatUsers().list(actor, role, filter, page);
            ok(ctx, Obj.of("users", users.items().stream().map(u -> UserJson.agent(u.user(), u.departmentIds())).toList(),
                    "count", users.items().size(), "offset", page.offset(), "total", users.total()));
        });
        r.post("/api/v1/livechat/users/{type}", ctx -> {
            Role role = role(ctx, s);
            var actor = user(ctx, s.accounts());
            var added = s.livechatUsers().add(actor, role, body(ctx).requiredString("username"));
            ok(ctx, Obj.of("user", Obj.of("_id", added.id(), "username", added.username())));
        });
        r.get("/api/v1/livechat/users/{type}/{id}", ctx -> {
            Role role = role(ctx, s);
            var found = s.livechatUsers().get(user(ctx, s.accounts()), role, ctx.pathParam("id"));
            ok(ctx, found.map(u -> Obj.of("user", Obj.of("_id", u.id(), "username", u.username(), "name", u.name(),
                            "status", u.status().wireName(),
                            "statusLivechat", u.livechatStatus() == null ? null : u.livechatStatus().wireName(),
                            "emails", UserJson.emails(u), "livechat", new Obj())))
                    .orElseGet(() -> new Obj().putNull("user")));
        });
        r.delete("/api/v1/livechat/users/{type}/{id}", ctx -> {
            Role role = role(ctx, s);
            s.livechatUsers().remove(user(ctx, s.accounts()), role, ctx.pathParam("id"));
            ok(ctx);
        });
    }

    /** The role of {@code :type}, checked after the session so an anonymous caller always gets 401 (§1.5). */
    private static Role role(Context ctx, RocketChatServices s) {
        user(ctx, s.accounts());
        return switch (ctx.pathParam("type")) {
            case "agent" -> Role.LIVECHAT_AGENT;
            case "manager" -> Role.LIVECHAT_MANAGER;
            default -> throw new Invalid("Invalid type", null);
        };
    }
}
