package dev.switchboard.api.livechat.actions;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.PropertiesPayload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.PropertyService.Target;

/**
 * Chat, thread and event properties (§4.17–§4.22) and thread tags (§4.23, §4.24). The chat actions
 * name the chat {@code id}; the thread and event actions {@code chat_id}.
 */
public final class PropertyActions {
    private PropertyActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("update_chat_properties", (caller, p) -> update(s, caller, p, new Target(p.requiredString("id"), null, null)));
        r.add("delete_chat_properties", (caller, p) -> delete(s, caller, p, new Target(p.requiredString("id"), null, null)));
        r.add("update_thread_properties", (caller, p) -> update(s, caller, p, thread(p)));
        r.add("delete_thread_properties", (caller, p) -> delete(s, caller, p, thread(p)));
        r.add("update_event_properties", (caller, p) -> update(s, caller, p, event(p)));
        r.add("delete_event_properties", (caller, p) -> delete(s, caller, p, event(p)));
        r.add("tag_thread", (caller, p) -> tag(s, caller, p, true));
        r.add("untag_thread", (caller, p) -> tag(s, caller, p, false));
    }

    private static Target thread(Payload p) {
        return new Target(p.requiredString("chat_id"), p.requiredString("thread_id"), null);
    }

    private static Target event(Payload p) {
        return new Target(p.requiredString("chat_id"), p.requiredString("thread_id"), p.requiredString("event_id"));
    }

    private static com.fasterxml.jackson.databind.JsonNode update(AgentChatServices s, Caller caller, Payload p, Target t) {
        s.properties().update(caller.user(), t, PropertiesPayload.update(p));
        return Wire.object();
    }

    private static com.fasterxml.jackson.databind.JsonNode delete(AgentChatServices s, Caller caller, Payload p, Target t) {
        s.properties().delete(caller.user(), t, PropertiesPayload.names(p));
        return Wire.object();
    }

    private static com.fasterxml.jackson.databind.JsonNode tag(AgentChatServices s, Caller caller, Payload p, boolean tagged) {
        String chatId = p.requiredString("chat_id");
        String threadId = p.requiredString("thread_id");
        s.tagging().tag(caller.user(), chatId, threadId, p.requiredString("tag"), tagged);
        return Wire.object();
    }
}
