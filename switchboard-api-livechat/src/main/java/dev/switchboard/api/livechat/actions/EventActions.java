package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.EventParser;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.model.Event;

/** {@code send_event} (§4.13). */
public final class EventActions {
    private EventActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("send_event", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            Payload event = p.object("event");
            if (event == null) throw ApiError.validation("`event` is required");
            Event sent = s.chatEvents().send(caller.user(), chatId, EventParser.parse(event),
                    p.bool("attach_to_last_thread", false));
            ObjectNode out = Wire.object();
            out.put("event_id", sent.id());
            return out;
        });
    }
}
