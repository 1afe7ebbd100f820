package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.render.AgentJson;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.api.rocketchat.render.RoomJson;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.livechat.ClosingService;
import dev.switchboard.core.livechat.RoomRequest;
import dev.switchboard.core.model.Thread.ThreadSource;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A visitor's room, its messages, history, closing and agent (rocketchat-livechat.md §3.3–§3.6). */
public final class VisitorRoomRoutes {
    private static final int DEFAULT_HISTORY_LIMIT = 20;
    private static final int MAX_HISTORY_LIMIT = 1000;

    private VisitorRoomRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/room", ctx -> {
            var q = query(ctx);
            String token = q.string("token");
            if (token == null || token.isEmpty()) throw new Invalid("invalid-token", null);
            var result = s.rooms().getOrCreate(new RoomRequest(token, q.string("rid"), q.string("agentId"), source(ctx)));
            ok(ctx, Obj.of("room", RoomJson.of(result.room()), "newRoom", result.newRoom()));
        });
        r.post("/api/v1/livechat/room.close", ctx -> {
            Body b = body(ctx);
            String rid = b.requiredString("rid");
            String token = b.requiredString("token");
            var closed = s.closing().closeByVisitor(token, rid);
            ok(ctx, Obj.of("rid", closed.id(), "comment", ClosingService.CLOSED_BY_VISITOR));
        });
        r.post("/api/v1/livechat/message", ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String rid = b.requiredString("rid");
            String msg = b.requiredString("msg");
            b.optionalObject("agent");
            var message = s.messages().sendFromVisitor(token, rid, msg, b.optionalString("_id"));
            ok(ctx, Obj.of("message", MessageJson.of(message)));
        });
        r.get("/api/v1/livechat/messages.history/{rid}", ctx -> {
            var q = query(ctx);
            Integer limit = q.integer("limit");
            Integer offset = q.integer("offset");
            if (limit != null && (limit < 0 || limit > MAX_HISTORY_LIMIT)) throw Params.mustBe("limit", "between 0 and " + MAX_HISTORY_LIMIT);
            if (offset != null && offset < 0) throw Params.mustBe("offset", ">= 0");
            var messages = s.messages().history(q.string("token"), ctx.pathParam("rid"), date(q.string("end"), "end"),
                    offset == null ? 0 : offset, limit == null || limit == 0 ? DEFAULT_HISTORY_LIMIT : limit);
            ok(ctx, Obj.of("messages", messages.stream().map(MessageJson::of).toList()));
        });
        r.get("/api/v1/livechat/agent.info/{rid}/{token}", ctx -> {
            var agent = s.roomQueries().servingAgent(ctx.pathParam("token"), ctx.pathParam("rid"));
            ok(ctx, Obj.of("agent", AgentJson.of(agent, s.settings())));
        });
    }

    /** Widget requests carry Rocket.Chat's widget cookies; anything else is an API caller (§3.1). */
    private static ThreadSource source(Context ctx) {
        boolean widget = "t".equals(ctx.cookie("rc_is_widget"));
        return widget ? new ThreadSource("widget", ctx.header("Host")) : new ThreadSource("api", null);
    }

    private static Instant date(String value, String name) {
        if (value == null || value.isEmpty()) return null;
        try {
            return Params.storable(Instant.parse(value), name);
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(value));
            } catch (NumberFormatException e2) {
                throw Params.mustBe(name, "an ISO date");
            }
        }
    }
}
