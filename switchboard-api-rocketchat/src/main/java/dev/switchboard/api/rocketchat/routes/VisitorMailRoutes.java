package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.send;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.livechat.OfflineMessage;
import dev.switchboard.core.livechat.TranscriptService;

/**
 * What visitors have mailed: the offline form's message and a room's transcript
 * (rocketchat-livechat.md §3.6). No auth; the transcript needs the room's token. A failed offline
 * message is a plain error; a failed transcript is upstream's object form
 * {@code {"message":"Error sending Omnichannel transcript","success":false}}.
 */
public final class VisitorMailRoutes {
    static final String OFFLINE_SENT = "Livechat offline message sent";

    private VisitorMailRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/livechat/offline.message", ctx -> {
            Body b = body(ctx);
            var message = new OfflineMessage(b.requiredString("name"), b.requiredString("email"), b.requiredString("message"),
                    b.optionalString("department"), b.optionalString("host"));
            s.offlineMessages().send(message);
            ok(ctx, Obj.of("message", OFFLINE_SENT));
        });
        r.post("/api/v1/livechat/transcript", ctx -> {
            Body b = body(ctx);
            String token = b.requiredString("token");
            String rid = b.requiredString("rid");
            String email = b.requiredString("email");
            if (s.transcripts().send(token, rid, email)) {
                ok(ctx, Obj.of("message", TranscriptService.SENT));
            } else {
                send(ctx, 400, Obj.of("message", TranscriptService.SEND_FAILED, "success", false));
            }
        });
    }
}
