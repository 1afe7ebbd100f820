package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.internal.Params;
import dev.switchboard.core.model.SurveyFeedback;
import java.util.List;

/**
 * {@code POST livechat/room.survey} (rocketchat-livechat.md §3.4): the visitor's survey answers,
 * answered with what was kept as a {@code name → value} object.
 */
public final class SurveyRoutes {
    /** More answers than any survey has items; a longer list is abuse, not a survey. */
    static final int MAX_ANSWERS = 100;

    private SurveyRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/livechat/room.survey", ctx -> {
            Body b = body(ctx);
            String rid = b.requiredString("rid");
            String token = b.requiredString("token");
            List<Body> data = b.optionalObjectList("data");
            if (data == null) throw Params.missing("data");
            if (data.isEmpty()) throw Params.invalid("'data' must NOT have fewer than 1 items");
            if (data.size() > MAX_ANSWERS) throw Params.invalid("'data' must NOT have more than " + MAX_ANSWERS + " items");
            var answers = data.stream().map(d -> new SurveyFeedback.Item(d.requiredString("name"), d.requiredString("value"))).toList();
            var feedback = s.surveys().submit(token, rid, answers);
            Obj kept = new Obj();
            feedback.items().forEach(i -> kept.put(i.name(), i.value()));
            ok(ctx, Obj.of("rid", feedback.threadId(), "data", kept));
        });
    }
}
