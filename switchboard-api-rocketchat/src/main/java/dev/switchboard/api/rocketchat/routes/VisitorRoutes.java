package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.render.VisitorJson;
import dev.switchboard.core.livechat.PageVisitService;
import dev.switchboard.core.livechat.VisitorRegistration;
import dev.switchboard.core.livechat.VisitorRegistration.CustomFieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Visitor registration, lookup, deletion, status and custom fields (rocketchat-livechat.md §3.2, §3.6). */
public final class VisitorRoutes {
    private static final Set<String> VISITOR_STATUSES = Set.of("online", "away", "busy", "offline");

    private VisitorRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/livechat/visitor", ctx -> {
            Body v = body(ctx).requiredObject("visitor");
            var registration = new VisitorRegistration(v.requiredString("token"), v.optionalString("name"),
                    v.optionalString("email"), v.optionalString("phone"), v.optionalString("department"),
                    v.optionalString("username"), customFields(v.optionalObjectList("customFields")), v.optionalString("id"));
            ok(ctx, Obj.of("visitor", VisitorJson.of(s.visitors().register(registration))));
        });
        r.get("/api/v1/livechat/visitor/{token}", ctx ->
                ok(ctx, Obj.of("visitor", VisitorJson.of(s.visitors().get(ctx.pathParam("token"))))));
        r.delete("/api/v1/livechat/visitor/{token}", ctx -> {
            var deleted = s.visitors().delete(ctx.pathParam("token"));
            ok(ctx, Obj.of("visitor", Obj.of("_id", deleted.id(), "ts", java.time.Instant.now())));
        });
        r.post("/api/v1/livechat/visitor.status", ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String status = b.requiredString("status");
            if (!VISITOR_STATUSES.contains(status)) throw Params.mustBe("status", "one of online, away, busy, offline");
            s.visitors().setStatus(token, status);
            ok(ctx, Obj.of("token", token, "status", status));
        });
        r.post("/api/v1/livechat/custom.field", ctx -> {
            Body b = body(ctx);
            var field = new CustomFieldValue(b.requiredString("key"), b.requiredString("value"),
                    Boolean.TRUE.equals(b.optionalBoolean("overwrite")));
            s.visitors().setCustomFields(b.requiredString("token"), List.of(field));
            ok(ctx, Obj.of("field", Obj.of("key", field.key(), "value", field.value(), "overwrite", field.overwrite())));
        });
        r.post("/api/v1/livechat/custom.fields", ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            List<Body> items = b.optionalObjectList("customFields");
            if (items == null || items.isEmpty()) throw Params.missing("customFields");
            var fields = customFields(items);
            s.visitors().setCustomFields(token, fields);
            // Upstream answers with a capital "Key"; clients may depend on it (§3.6).
            ok(ctx, Obj.of("fields", fields.stream().map(f -> Obj.of("Key", f.key(), "value", f.value(),
                    "overwrite", f.overwrite())).toList()));
        });
        r.post("/api/v1/livechat/page.visited", ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String rid = b.optionalString("rid");
            Body page = b.requiredObject("pageInfo");
            var info = new PageVisitService.PageInfo(page.requiredString("change"), page.requiredString("title"),
                    page.requiredObject("location").requiredString("href"));
            var stored = s.pageVisits().visited(token, rid, info);
            // Upstream answers with the stored message's text and navigation, or nothing when it stored none.
            ok(ctx, stored.map(e -> Obj.of("page", Obj.of("msg", e.text(), "navigation", e.attributes().get("navigation"))))
                    .orElseGet(Obj::new));
        });
    }

    private static List<CustomFieldValue> customFields(List<Body> items) {
        if (items == null) return List.of();
        List<CustomFieldValue> out = new ArrayList<>();
        for (Body f : items) {
            out.add(new CustomFieldValue(f.requiredString("key"), f.requiredString("value"),
                    !Boolean.FALSE.equals(f.optionalBoolean("overwrite"))));
        }
        return out;
    }
}
