package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.query;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Pagination;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.api.rocketchat.internal.Query;
import dev.switchboard.api.rocketchat.render.RoomJson;
import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.livechat.TranscriptRequest;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.store.ThreadStore.ThreadQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rooms as agents and managers see them: the filtered list, closing, a visitor's rooms, changing a room's visitor (§4.5–§4.7). */
public final class RoomAdminRoutes {
    private static final Map<String, String> SORT = Map.of("ts", "createdAt", "closedAt", "closedAt",
            "_updatedAt", "updatedAt", "lm", "lastMessageAt", "fname", "name");

    private RoomAdminRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.get("/api/v1/livechat/rooms", ctx -> {
            var actor = user(ctx, s.accounts());
            var q = query(ctx);
            var page = Pagination.from(q, s.settings(), SORT, new PageRequest.SortKey("createdAt", false));
            var rooms = s.roomQueries().list(actor, filter(q), page);
            ok(ctx, Obj.of("rooms", rooms.items().stream().map(RoomJson::of).toList(), "count", rooms.items().size(),
                    "offset", page.offset(), "total", rooms.total()));
        });
        r.post("/api/v1/livechat/room.closeByUser", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            s.closing().closeByUser(actor, b.requiredString("rid"), b.optionalString("comment"), b.optionalStringList("tags"),
                    transcript(b));
            ok(ctx);
        });
        // Deprecated upstream in 7.0, still in the spec (§4.6): the visitor side gets visitorData (§5.5).
        r.put("/api/v1/livechat/room.visitor", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            var room = s.roomVisitors().change(actor, b.requiredString("rid"), b.requiredString("newVisitorId"),
                    b.requiredString("oldVisitorId"));
            ok(ctx, Obj.of("room", RoomJson.of(room)));
        });
        r.get("/api/v1/livechat/visitor/{token}/room", ctx -> {
            var rooms = s.roomQueries().roomsOfVisitor(user(ctx, s.accounts()), ctx.pathParam("token"));
            ok(ctx, Obj.of("rooms", rooms.stream().map(RoomJson::of).toList()));
        });
    }

    /**
     * {@code transcriptEmail}: absent (the settings decide), {@code {"sendToVisitor":false}}, or
     * {@code {"sendToVisitor":true,"requestData":{"email","subject"}}} (§4.6).
     */
    private static TranscriptRequest transcript(Body b) {
        Body t = b.optionalObject("transcriptEmail");
        if (t == null) return null;
        Boolean send = t.optionalBoolean("sendToVisitor");
        if (send == null) throw Params.missing("transcriptEmail.sendToVisitor");
        if (!send) return TranscriptRequest.declined();
        Body data = t.requiredObject("requestData");
        return TranscriptRequest.to(data.requiredString("email"), data.requiredString("subject"));
    }

    private static ThreadQuery filter(Query q) {
        Range created = range(q.string("createdAt"), "createdAt");
        Range closed = range(q.string("closedAt"), "closedAt");
        Boolean open = q.bool("open");
        return new ThreadQuery(q.list("agents"), q.string("departmentId"), open,
                Boolean.TRUE.equals(q.bool("queued")) ? Boolean.TRUE : null,
                created.start, created.end, closed.start, closed.end, q.list("tags"), q.string("roomName"),
                customFields(q.string("customFields")));
    }

    private record Range(Instant start, Instant end) {}

    private static Range range(String json, String name) {
        if (json == null || json.isBlank()) return new Range(null, null);
        JsonNode n = Body.parseAny(json.getBytes(StandardCharsets.UTF_8));
        if (!n.isObject()) throw Params.mustBe(name, "a JSON object with start and end");
        Body b = Body.of(n, name + ".");
        return new Range(instant(b.optionalString("start"), name), instant(b.optionalString("end"), name));
    }

    private static Instant instant(String s, String name) {
        if (s == null) return null;
        try {
            return Params.storable(Instant.parse(s), name);
        } catch (java.time.format.DateTimeParseException e) {
            throw Params.mustBe(name, "ISO dates");
        }
    }

    private static Map<String, String> customFields(String json) {
        if (json == null || json.isBlank()) return Map.of();
        JsonNode n;
        try {
            n = Body.parseAny(json.getBytes(StandardCharsets.UTF_8));
        } catch (Invalid e) {
            n = null;
        }
        if (n == null || !n.isObject()) throw new Invalid("The \"customFields\" query parameter must be a valid JSON.", null);
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) throw Params.mustBe("customFields." + e.getKey(), "string");
            out.put(e.getKey(), e.getValue().textValue());
        });
        return out;
    }
}
