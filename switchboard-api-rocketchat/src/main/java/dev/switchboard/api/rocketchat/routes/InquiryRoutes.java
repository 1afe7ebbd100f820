package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Pagination;
import dev.switchboard.api.rocketchat.render.InquiryJson;
import dev.switchboard.core.livechat.InquiryView;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.model.PageRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;

/** The inquiry queue (rocketchat-livechat.md §4.2). */
public final class InquiryRoutes {
    private static final Map<String, String> SORT = Map.of("ts", "createdAt", "queuedAt", "queuedAt", "name", "name");
    private static final PageRequest.SortKey NEWEST = new PageRequest.SortKey("createdAt", false);

    private InquiryRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/inquiries.list", ctx -> {
            var actor = user(ctx, s.accounts());
            var q = query(ctx);
            var page = Pagination.from(q, s.settings(), SORT, NEWEST);
            reply(ctx, page, s.inquiries().listQueued(actor, q.string("department"), page), InquiryJson::listed);
        });
        r.get("/api/v1/livechat/inquiries.queued", ctx -> queued(ctx, s));
        r.get("/api/v1/livechat/inquiries.queuedForUser", ctx -> queued(ctx, s));
        r.post("/api/v1/livechat/inquiries.take", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            s.inquiries().take(actor, b.requiredString("inquiryId"), b.optionalString("userId"));
            ok(ctx);
        });
        r.get("/api/v1/livechat/inquiries.getOne", ctx -> {
            var actor = user(ctx, s.accounts());
            var inquiry = s.inquiries().ofRoom(actor, query(ctx).requiredString("roomId"));
            ok(ctx, inquiry.map(i -> Obj.of("inquiry", InquiryJson.full(i))).orElseGet(() -> new Obj().putNull("inquiry")));
        });
    }

    private static void queued(Context ctx, RocketChatServices s) {
        var actor = user(ctx, s.accounts());
        var q = query(ctx);
        var page = Pagination.from(q, s.settings(), SORT, NEWEST);
        reply(ctx, page, s.inquiries().queuedFor(actor, q.string("department"), page), InquiryJson::full);
    }

    private static void reply(Context ctx, PageRequest request, Page<InquiryView> page, Function<InquiryView, Obj> render) {
        ok(ctx, Obj.of("inquiries", page.items().stream().map(render).toList(), "offset", request.offset(),
                "count", page.items().size(), "total", page.total()));
    }
}
