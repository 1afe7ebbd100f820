package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Pagination;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.render.DepartmentJson;
import dev.switchboard.core.livechat.DepartmentService.DepartmentFields;
import dev.switchboard.core.livechat.DepartmentService.DepartmentWithAgents;
import dev.switchboard.core.model.PageRequest;
import java.util.List;
import java.util.Map;

/**
 * {@code livechat/department} list, create, get, update, delete. Bodies follow Rocket.Chat:
 * {@code {"department":{…},"departmentAgents":[{"agentId":…}]}}.
 */
public final class DepartmentRoutes {
    private static final Map<String, String> SORT = Map.of("name", "name", "_createdAt", "createdAt");

    private DepartmentRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/department", ctx -> {
            var actor = user(ctx, s.accounts());
            var q = query(ctx);
            var page = Pagination.from(q, s.settings(), SORT, new PageRequest.SortKey("name", true));
            var departments = s.departments().list(actor, q.string("text"), page);
            ok(ctx, Obj.of("departments", departments.items().stream().map(DepartmentJson::of).toList(),
                    "count", departments.items().size(), "offset", page.offset(), "total", departments.total()));
        });
        r.post("/api/v1/livechat/department", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            var saved = s.departments().create(actor, fields(b.requiredObject("department")), agentIds(b));
            ok(ctx, reply(saved));
        });
        r.get("/api/v1/livechat/department/{id}", ctx -> {
            var found = s.departments().get(user(ctx, s.accounts()), ctx.pathParam("id"));
            ok(ctx, found.map(DepartmentRoutes::reply).orElseGet(() -> new Obj().putNull("department").with("agents", List.of())));
        });
        r.put("/api/v1/livechat/department/{id}", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            var saved = s.departments().update(actor, ctx.pathParam("id"), fields(b.requiredObject("department")), agentIds(b));
            ok(ctx, reply(saved));
        });
        r.delete("/api/v1/livechat/department/{id}", ctx -> {
            s.departments().delete(user(ctx, s.accounts()), ctx.pathParam("id"));
            ok(ctx);
        });
    }

    private static DepartmentFields fields(Body d) {
        String name = d.requiredString("name").trim();
        if (name.isEmpty() || name.length() > 128) throw Params.mustBe("department.name", "1 to 128 characters");
        return new DepartmentFields(name, !Boolean.FALSE.equals(d.optionalBoolean("enabled")),
                !Boolean.FALSE.equals(d.optionalBoolean("showOnRegistration")),
                !Boolean.FALSE.equals(d.optionalBoolean("showOnOfflineForm")),
                d.optionalString("email"), d.optionalString("description"),
                d.optionalCount("maxNumberSimultaneousChat", Params.MAX_SIMULTANEOUS_CHATS));
    }

    private static List<String> agentIds(Body b) {
        List<Body> agents = b.optionalObjectList("departmentAgents");
        return agents == null ? null : agents.stream().map(a -> a.requiredString("agentId")).toList();
    }

    private static Obj reply(DepartmentWithAgents d) {
        return Obj.of("department", DepartmentJson.of(d.department()),
                "agents", d.agents().stream().map(u -> DepartmentJson.agent(d.department(), u)).toList());
    }
}
