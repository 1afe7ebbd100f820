package dev.switchboard.api.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.actions.ActionRegistry;
import dev.switchboard.api.livechat.actions.AgentActions;
import dev.switchboard.api.livechat.actions.ArchiveActions;
import dev.switchboard.api.livechat.actions.Caller;
import dev.switchboard.api.livechat.actions.ChatFollowActions;
import dev.switchboard.api.livechat.actions.ChatReadActions;
import dev.switchboard.api.livechat.actions.ChatStartActions;
import dev.switchboard.api.livechat.actions.ChatStateActions;
import dev.switchboard.api.livechat.actions.ChatUserActions;
import dev.switchboard.api.livechat.actions.CustomerActions;
import dev.switchboard.api.livechat.actions.EventActions;
import dev.switchboard.api.livechat.actions.EventSideActions;
import dev.switchboard.api.livechat.actions.PropertyActions;
import dev.switchboard.api.livechat.actions.SignalActions;
import dev.switchboard.api.livechat.actions.ThreadListActions;
import dev.switchboard.api.livechat.actions.TransferActions;
import dev.switchboard.api.livechat.internal.AgentAuth;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Failures;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;

/**
 * The LiveChat Agent Chat API v3.6 Web API (livechat-agent-api-v3.6.md §1–§4):
 * {@code POST <prefix>/v3.6/agent/action/<action>} with a JSON body. Success is exactly 200 with a
 * JSON body (C8); every failure is a non-200 with {@code {"error":{"type","message"}}} (C12), caught
 * here because Javalin's exception handlers are global and belong to the Rocket.Chat adapter.
 */
public final class AgentChatApi {
    private final AgentChatServices services;
    private final ActionRegistry actions;

    private AgentChatApi(AgentChatServices services, ActionRegistry actions) {
        this.services = services;
        this.actions = actions;
    }

    /** Every action of the Web API; RTM serves the same registry. */
    public static ActionRegistry actions(AgentChatServices s, Clock clock) {
        ActionRegistry r = new ActionRegistry();
        ChatReadActions.register(r, s, clock);
        EventActions.register(r, s);
        ChatStateActions.register(r, s);
        PropertyActions.register(r, s);
        CustomerActions.register(r, s);
        AgentActions.register(r, s);
        SignalActions.register(r, s);
        ChatFollowActions.register(r, s);
        ChatUserActions.register(r, s);
        TransferActions.register(r, s);
        ThreadListActions.register(r, s, clock);
        EventSideActions.register(r, s);
        ChatStartActions.register(r, s);
        ArchiveActions.register(r, s, clock);
        return r;
    }

    /**
     * @param prefix a path before {@code /v3.6} ({@code ""} for none; §1.1 lets hosts carry one)
     * @return the installed API (its registry serves RTM too)
     */
    public static AgentChatApi install(RoutesConfig routes, AgentChatServices s, Clock clock, String prefix) {
        AgentChatApi api = new AgentChatApi(s, actions(s, clock));
        String path = prefix + "/v3.6/agent/action/{action}";
        // Registered first: Javalin tries routes in order, and upload_file is a multipart body (§4.15).
        routes.post(prefix + "/v3.6/agent/action/upload_file", ctx -> respond(ctx, () -> UploadFile.handle(ctx, s)));
        routes.post(path, api::handle);
        routes.get(path, ctx -> send(ctx, new ApiError("validation", "Use POST", 405)));
        return api;
    }

    public ActionRegistry registry() { return actions; }

    public AgentChatServices services() { return services; }

    private void handle(Context ctx) {
        respond(ctx, () -> {
            User user = AgentAuth.authenticate(services.accounts(), ctx.header("Authorization"));
            String authorId = ctx.header("X-Author-Id");
            if (authorId != null && !authorId.isBlank()) user = services.bots().actAs(user, authorId.strip());
            var action = actions.find(ctx.pathParam("action"))
                    .orElseThrow(() -> ApiError.validation("Unknown action: " + ctx.pathParam("action")));
            JsonNode body = Wire.parse(readBody(ctx));
            return action.run(new Caller(user, baseUrl(services, ctx)), new Payload(body));
        });
    }

    /** Sends the reply as 200 JSON, or any failure as the LiveChat error envelope (never a stack trace). */
    private static void respond(Context ctx, java.util.function.Supplier<JsonNode> reply) {
        try {
            ctx.status(200).contentType("application/json").result(Wire.write(reply.get()));
        } catch (RuntimeException e) {
            send(ctx, Failures.of(e, ctx.path()));
        }
    }

    private static byte[] readBody(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw new ApiError("entity_too_large", "Request body too large", 413);
        }
    }

    static String baseUrl(AgentChatServices services, Context ctx) {
        if (services.publicUrl() != null) return services.publicUrl().replaceAll("/+$", "");
        String host = ctx.header("Host");
        return host == null ? "" : ctx.scheme() + "://" + host;
    }

    static void send(Context ctx, ApiError e) {
        ctx.status(e.status()).contentType("application/json").result(Wire.write(e.body()));
    }
}
