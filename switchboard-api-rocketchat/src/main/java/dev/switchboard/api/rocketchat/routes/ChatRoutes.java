package dev.switchboard.api.rocketchat.routes;

import static dev.switchboard.api.rocketchat.internal.Requests.body;
import static dev.switchboard.api.rocketchat.internal.Requests.ok;
import static dev.switchboard.api.rocketchat.internal.Requests.user;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Body;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.core.error.Invalid;

/**
 * Rocket.Chat's general chat endpoints, as far as livechat needs them: an agent's reply into a
 * livechat room ({@code chat.sendMessage}). Upstream types the message loosely (every member optional);
 * Switchboard requires {@code rid} and {@code msg} (it has no attachments, so a message is its text),
 * type-checks {@code _id} and {@code t}, and ignores the other members.
 */
public final class ChatRoutes {
    private ChatRoutes() {}

    public static void install(io.javalin.config.RoutesConfig r, RocketChatServices s) {
        r.post("/api/v1/chat.sendMessage", ctx -> {
            var actor = user(ctx, s.accounts());
            Body b = body(ctx);
            Body m = b.requiredObject("message");
            String rid = m.requiredString("rid");
            String msg = m.requiredString("msg");
            String id = m.optionalString("_id");
            if (m.optionalString("t") != null) {
                // Upstream's wording; system messages come only from the server's own use cases.
                throw new Invalid("Cannot send system messages using 'chat.sendMessage'", null);
            }
            b.optionalStringList("previewUrls");
            ok(ctx, Obj.of("message", MessageJson.of(s.agentMessages().send(actor, rid, msg, id))));
        });
    }
}
