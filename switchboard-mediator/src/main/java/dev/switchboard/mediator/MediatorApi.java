package dev.switchboard.mediator;

import dev.switchboard.mediator.relay.CrmEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /live-agents} HTTP API (live-agents-mediator.md §3–§8) and the outbox metrics. Handlers
 * decode, authorize, make one service call and encode the {@link Reply} envelope; malformed bodies get
 * the envelope's 400, never a 5xx. The endpoints exist only when the mediator is enabled.
 */
public final class MediatorApi {
    private static final Logger LOG = LoggerFactory.getLogger(MediatorApi.class);
    private static final String SECRET_HEADER = "X-RocketChat-Livechat-Token";

    private MediatorApi() {}

    public static void install(RoutesConfig routes, MediatorServices s) {
        routes.get("/live-agents/outbox/metrics", ctx -> send(ctx, Reply.success("Outbox metrics", new LinkedHashMap<>(s.metrics().snapshot()))));
        if (!s.config().enabled()) return;
        if (s.config().webhookSecret() == null) {
            LOG.warn("mediator.webhook.secret is not set: POST /live-agents/sendMessageToClient accepts unauthenticated requests");
        }
        routes.post("/live-agents/registerClient", ctx -> {
            Map<?, ?> body = JsonText.object(ctx.body());
            send(ctx, body == null ? Reply.error(400, "contact.uuid and department are required")
                    : s.registration().register(registerRequest(body)));
        });
        routes.post("/live-agents/sendMessageToAgent", ctx -> {
            Map<?, ?> body = JsonText.object(ctx.body());
            if (body == null) {
                send(ctx, Reply.error(400, "Message is required"));
                return;
            }
            Object value = map(map(body.get("results")).get("clientmessage")).get("value");
            send(ctx, s.visitorSide().sendToAgent(text(map(body.get("contact")).get("uuid")), text(value)));
        });
        routes.post("/live-agents/sendMessageToClient", ctx -> {
            if (!authorized(s.config().webhookSecret(), ctx.header(SECRET_HEADER))) {
                send(ctx, Reply.error(401, "Unauthorized"));
                return;
            }
            Map<?, ?> body = JsonText.object(ctx.body());
            CrmEvent event = body == null ? null : CrmEvent.parse(body);
            if (event == null || event.token() == null || event.token().isEmpty() || event.type() == null) {
                send(ctx, Reply.error(400, "Invalid payload"));
                return;
            }
            String rid = text(body.get("_id"));
            send(ctx, s.store().write(tx -> s.relay().handle(tx, event, rid)));
        });
        routes.get("/live-agents/project/{projectName}/country/{countrycode}/day-status",
                ctx -> send(ctx, s.dayStatus().reply(ctx.pathParam("projectName"), ctx.pathParam("countrycode"))));
        routes.delete("/live-agents/session/user/{userid}", ctx -> send(ctx, s.visitorSide().close(ctx.pathParam("userid"))));
    }

    /** Constant-time (§5.4); with no secret configured the endpoint is open. */
    static boolean authorized(String secret, String given) {
        if (secret == null) return true;
        if (given == null) return false;
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static RegisterRequest registerRequest(Map<?, ?> body) {
        Map<?, ?> contact = map(body.get("contact"));
        Map<String, String> results = new LinkedHashMap<>();
        map(body.get("results")).forEach((k, v) -> {
            // RapidPro sends {key: {value, category, name?}}; the line is "name: value" (§4.5).
            Map<?, ?> r = map(v);
            String name = text(r.get("name")) != null ? text(r.get("name")) : String.valueOf(k);
            String value = r.isEmpty() ? text(v) : text(r.get("value"));
            if (value != null) results.put(name, value);
        });
        return new RegisterRequest(text(contact.get("uuid")), text(contact.get("name")), text(contact.get("urn")),
                text(contact.get("mongoid")), text(body.get("department")), text(body.get("project")),
                text(body.get("country")), results);
    }

    private static Map<?, ?> map(Object o) { return o instanceof Map<?, ?> m ? m : Map.of(); }

    private static String text(Object o) { return o instanceof String str ? str : null; }

    private static void send(Context ctx, Reply reply) {
        ctx.status(reply.code()).contentType("application/json").result(JsonText.write(reply.body()));
    }
}
