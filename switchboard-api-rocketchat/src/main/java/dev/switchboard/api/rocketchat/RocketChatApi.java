package dev.switchboard.api.rocketchat;

import dev.switchboard.api.rocketchat.internal.ErrorBodies;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.internal.Requests;
import dev.switchboard.api.rocketchat.routes.AccountRoutes;
import dev.switchboard.api.rocketchat.routes.AnalyticsRoutes;
import dev.switchboard.api.rocketchat.routes.AgentRoutes;
import dev.switchboard.api.rocketchat.routes.BusinessHoursRoutes;
import dev.switchboard.api.rocketchat.routes.ChatRoutes;
import dev.switchboard.api.rocketchat.routes.RoutingRoutes;
import dev.switchboard.api.rocketchat.routes.CorsRoutes;
import dev.switchboard.api.rocketchat.routes.DepartmentRoutes;
import dev.switchboard.api.rocketchat.routes.FileRoutes;
import dev.switchboard.api.rocketchat.routes.InquiryRoutes;
import dev.switchboard.api.rocketchat.routes.RoomAdminRoutes;
import dev.switchboard.api.rocketchat.routes.SettingRoutes;
import dev.switchboard.api.rocketchat.routes.UploadRoutes;
import dev.switchboard.api.rocketchat.routes.SurveyRoutes;
import dev.switchboard.api.rocketchat.routes.VisitorMailRoutes;
import dev.switchboard.api.rocketchat.routes.VisitorMessageRoutes;
import dev.switchboard.api.rocketchat.routes.VisitorRoomRoutes;
import dev.switchboard.api.rocketchat.routes.VisitorRoutes;
import dev.switchboard.core.error.SwitchboardException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Rocket.Chat Omnichannel Livechat REST API (rocketchat-livechat.md §1–§4) on a Javalin router.
 * Errors of every route under {@code /api} are rendered in Rocket.Chat's failure envelope.
 */
public final class RocketChatApi {
    private static final Logger LOG = LoggerFactory.getLogger(RocketChatApi.class);

    private RocketChatApi() {}

    /**
     * @param maxBodyBytes requests declaring a larger body are refused without parsing it; the body is
     *                     still read and discarded (see {@link #discardBody}) so the client gets the answer.
     *                     Uploads are exempt: {@code FileUpload_MaxFileSize} bounds them while they stream
     */
    public static void install(RoutesConfig routes, RocketChatServices s, long maxBodyBytes) {
        CorsRoutes.install(routes);
        routes.before("/api/*", ctx -> {
            long declared = ctx.contentLength();
            if (declared > maxBodyBytes && !UploadRoutes.isUpload(ctx.path())) {
                discardBody(ctx, maxBodyBytes);
                throw Params.invalid("Request body larger than " + maxBodyBytes + " bytes");
            }
        });
        routes.get("/api/info", ctx -> Requests.ok(ctx, infoBody(s)));
        routes.get("/api/info/", ctx -> Requests.ok(ctx, infoBody(s)));
        AccountRoutes.install(routes, s);
        SettingRoutes.install(routes, s);
        VisitorRoutes.install(routes, s);
        VisitorRoomRoutes.install(routes, s);
        InquiryRoutes.install(routes, s);
        AgentRoutes.install(routes, s);
        DepartmentRoutes.install(routes, s);
        RoomAdminRoutes.install(routes, s);
        VisitorMessageRoutes.install(routes, s);
        ChatRoutes.install(routes, s);
        RoutingRoutes.install(routes, s);
        BusinessHoursRoutes.install(routes, s);
        UploadRoutes.install(routes, s);
        FileRoutes.install(routes, s);
        VisitorMailRoutes.install(routes, s);
        SurveyRoutes.install(routes, s);
        AnalyticsRoutes.install(routes, s);

        routes.exception(SwitchboardException.class, (e, ctx) ->
                Requests.send(ctx, ErrorBodies.status(e), ErrorBodies.body(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) discardBody(ctx, maxBodyBytes);
            int status = e.getStatus() == 413 ? 400 : e.getStatus() == 405 ? 404 : e.getStatus();
            Object body = status == 404 ? ErrorBodies.notFound()
                    : ErrorBodies.body(Params.invalid(e.getMessage() == null ? "Bad request" : e.getMessage()));
            Requests.send(ctx, status, body);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            Requests.send(ctx, 500, ErrorBodies.internal());
        });
    }

    /** Anonymous callers see only major.minor of the version, as upstream ({@code "6.14"}, §1.1). */
    /**
     * Reads and drops what is left of a refused body, up to 16 times the limit. A client still sending
     * it would otherwise have its connection reset, losing our answer; past that bound the connection
     * is closed anyway.
     */
    private static void discardBody(io.javalin.http.Context ctx, long maxBodyBytes) {
        long budget = 16 * maxBodyBytes;
        if (ctx.contentLength() > budget) return;
        byte[] buffer = new byte[64 * 1024];
        try {
            var in = ctx.req().getInputStream();
            for (int n; budget > 0 && (n = in.read(buffer)) > 0; ) budget -= n;
        } catch (java.io.IOException | IllegalStateException unreadable) {
            // Nothing more to drain; the answer is sent regardless.
        }
    }

    private static dev.switchboard.api.rocketchat.internal.Obj infoBody(RocketChatServices s) {
        String version = s.version().replaceFirst("^(\\d+\\.\\d+)\\..*$", "$1");
        return dev.switchboard.api.rocketchat.internal.Obj.of("version", version,
                "minimumClientVersions", dev.switchboard.api.rocketchat.internal.Obj.of("desktop", "3.9.0", "mobile", "4.34.0"));
    }
}
