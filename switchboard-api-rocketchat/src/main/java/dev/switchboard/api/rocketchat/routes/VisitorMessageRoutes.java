package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.MessageJson;
import java.time.Instant;

/**
 * One visitor message by id: read, edit, delete (rocketchat-livechat.md §3.5). The token and room come
 * in the query for GET and in the JSON body for PUT and DELETE, as upstream's widget sends them.
 */
public final class VisitorMessageRoutes {
    private static final String PATH = "/api/v1/livechat/message/{_id}";

    private VisitorMessageRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get(PATH, ctx -> {
            var q = query(ctx);
            String token = q.requiredString("token");
            String rid = q.requiredString("rid");
            ok(ctx, Obj.of("message", MessageJson.of(s.messages().message(token, rid, ctx.pathParam("_id")))));
        });
        r.put(PATH, ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String rid = b.requiredString("rid");
            String msg = b.requiredString("msg");
            var edited = s.messageEdits().editByVisitor(token, rid, ctx.pathParam("_id"), msg);
            ok(ctx, Obj.of("message", MessageJson.of(edited)));
        });
        r.delete(PATH, ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String rid = b.requiredString("rid");
            var deleted = s.messageEdits().deleteByVisitor(token, rid, ctx.pathParam("_id"));
            ok(ctx, Obj.of("message", Obj.of("_id", deleted.id(), "ts", Instant.now())));
        });
    }
}
