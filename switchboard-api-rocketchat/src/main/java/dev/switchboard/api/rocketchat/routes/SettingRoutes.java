package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Json;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.error.Invalid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code settings/:_id} and {@code livechat/appearance} (rocketchat-livechat.md §2.7, §2.8). */
public final class SettingRoutes {
    private SettingRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/settings/{id}", ctx -> {
            RolePermissions.require(user(ctx, s.accounts()), Permission.VIEW_PRIVILEGED_SETTING);
            String id = ctx.pathParam("id");
            ok(ctx, Obj.of("_id", id, "value", s.settings().get(id)));
        });
        r.post("/api/v1/settings/{id}", ctx -> {
            RolePermissions.require(user(ctx, s.accounts()), Permission.EDIT_PRIVILEGED_SETTING);
            Body b = body(ctx);
            if (!b.asObject().has("value")) throw new Invalid("", null);
            s.settings().set(ctx.pathParam("id"), toJava(b.raw("value")));
            ok(ctx);
        });
        r.get("/api/v1/livechat/appearance", ctx -> {
            RolePermissions.require(user(ctx, s.accounts()), Permission.VIEW_LIVECHAT_MANAGER);
            List<Obj> items = s.settings().appearance().stream().map(e -> Obj.of("_id", e.getKey().id(),
                    "value", e.getValue(), "type", e.getKey().type().wireName(), "group", "Omnichannel")).toList();
            ok(ctx, Obj.of("appearance", items));
        });
        r.post("/api/v1/livechat/appearance", ctx -> {
            RolePermissions.require(user(ctx, s.accounts()), Permission.VIEW_LIVECHAT_MANAGER);
            JsonNode array = Body.parseAny(ctx.bodyAsBytes());
            if (!array.isArray() || array.isEmpty()) throw Params.invalid("must be a non-empty array");
            List<Map.Entry<String, Object>> items = new ArrayList<>();
            for (JsonNode item : array) {
                if (!item.isObject()) throw Params.mustBe("[]", "object");
                Body b = Body.of(item, "");
                JsonNode value = b.raw("value");
                if (value == null || !(value.isTextual() || value.isBoolean() || value.isNumber() || value.isArray())) {
                    throw Params.mustBe("value", "string, boolean, number or array");
                }
                items.add(Map.entry(b.requiredString("_id"), toJava(value)));
            }
            s.settings().setAppearance(items);
            ok(ctx);
        });
        ConfigRoute.install(r, s);
    }

    static Object toJava(JsonNode v) {
        return v == null || v.isNull() ? null : Json.MAPPER.convertValue(v, Object.class);
    }
}
