package dev.switchboard.api.livechat.actions;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.EventParser;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event actions besides {@code send_event}: {@code send_event_preview} (§4.14; a message seen by
 * all, never stored), {@code send_rich_message_postback} (§4.16) and {@code request_thread_summary}
 * (§4.39; refused, see {@code ThreadSummaries}). All answer {@code {}} (C9).
 */
public final class EventSideActions {
    private EventSideActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("send_event_preview", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            Payload event = p.object("event");
            if (event == null) throw ApiError.validation("`event` is required");
            if (!"message".equals(event.optionalString("type"))) throw ApiError.validation("Only message events can be previewed");
            if ("agents".equals(event.optionalString("visibility"))) throw ApiError.validation("A preview must be visible to all");
            EventParser.parse(event);
            s.eventPreviews().preview(caller.user(), chatId);
            return Wire.object();
        });
        r.add("send_rich_message_postback", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            String threadId = p.requiredString("thread_id");
            String eventId = p.requiredString("event_id");
            Payload postback = p.object("postback");
            if (postback == null) throw ApiError.validation("`postback` is required");
            Map<String, Object> press = new LinkedHashMap<>();
            press.put("id", postback.requiredString("id"));
            press.put("toggled", postback.bool("toggled", false));
            if (postback.optionalString("button_type") != null) press.put("button_type", postback.string("button_type"));
            if (postback.optionalString("button_value") != null) press.put("button_value", postback.string("button_value"));
            Payload ecommerce = postback.object("ecommerce");
            if (ecommerce != null) {
                ecommerce.requiredString("product_id");
                press.put("ecommerce", EventParser.plain(ecommerce.raw()));
            }
            s.postbacks().postback(caller.user(), chatId, threadId, eventId, press);
            return Wire.object();
        });
        r.add("request_thread_summary", (caller, p) -> {
            s.threadSummaries().request(caller.user(), p.requiredString("chat_id"), p.requiredString("thread_id"));
            return Wire.object();
        });
    }
}
