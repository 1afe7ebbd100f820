package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.render.RoomJson;
import dev.switchboard.core.error.NotFound;
import dev.switchboard.core.livechat.TransferService.Forward;
import dev.switchboard.core.model.LivechatStatus;

/**
 * Routing endpoints (rocketchat-livechat.md §4.4, §4.6, §3.4): an agent's availability and limit,
 * forwarding a room to an agent or department, and the visitor's department transfer.
 */
public final class RoutingRoutes {
    private RoutingRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/livechat/agent.status", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            String status = b.optionalString("status");
            LivechatStatus wanted = status == null ? null : LivechatStatus.fromWire(status);
            if (status != null && wanted == null) throw Params.mustBe("status", "\"available\" or \"not-available\"");
            try {
                var now = s.agentStatus().set(actor, b.optionalString("agentId"), wanted);
                ok(ctx, Obj.of("status", now.wireName()));
            } catch (NotFound e) {
                // Upstream answers this one with 404 rather than its usual 400 (§4.4).
                Requests.send(ctx, 404, Obj.of("success", false, "error", "Agent not found"));
            }
        });
        // Switchboard's REST form of upstream's livechat:saveAgentInfo method, for the agent's own limit.
        r.post("/api/v1/livechat/agent.saveInfo", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            String agentId = b.requiredString("agentId");
            Long limit = b.requiredObject("agentData").optionalCount("maxNumberSimultaneousChat", Params.MAX_SIMULTANEOUS_CHATS);
            if (limit == null) throw Params.missing("agentData.maxNumberSimultaneousChat");
            s.agentStatus().setMaxChats(actor, agentId, limit);
            ok(ctx, Obj.of("agentId", agentId, "maxNumberSimultaneousChat", limit));
        });
        r.post("/api/v1/livechat/room.forward", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            b.optionalBoolean("clientAction");
            s.transfers().forward(actor, new Forward(b.requiredString("roomId"), nonEmpty(b, "userId"),
                    nonEmpty(b, "departmentId"), b.optionalString("comment")));
            ok(ctx);
        });
        // Widget 1.13.3's "switch department" screen; Rocket.Chat 8 renamed it visitor.department.transfer.
        for (String path : new String[] {"/api/v1/livechat/room.transfer", "/api/v1/livechat/visitor.department.transfer"}) {
            r.post(path, ctx -> {
                Body b = body(ctx);
                var room = s.transfers().transferByVisitor(b.requiredString("token"), b.requiredString("rid"),
                        b.requiredString("department"));
                ok(ctx, Obj.of("room", RoomJson.of(room)));
            });
        }
    }

    private static String nonEmpty(Body b, String name) {
        String v = b.optionalString(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
