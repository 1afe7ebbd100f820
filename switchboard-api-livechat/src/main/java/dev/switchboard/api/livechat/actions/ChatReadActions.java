package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.PageToken;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.ChatJson;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.model.Page;
import dev.switchboard.core.store.ChatStore;
import java.time.Clock;

/** {@code get_chat} (§4.2) and {@code list_chats} (§4.1). */
public final class ChatReadActions {
    private ChatReadActions() {}

    public static void register(ActionRegistry r, AgentChatServices s, Clock clock) {
        r.add("get_chat", (caller, p) -> ChatJson.of(
                s.chatReader().get(caller.user(), p.requiredString("chat_id"), p.optionalString("thread_id")),
                caller.baseUrl()));
        r.add("list_chats", (caller, p) -> listChats(s, clock, caller, p));
    }

    private static JsonNode listChats(AgentChatServices s, Clock clock, Caller caller, Payload p) {
        PageToken page = p.has("page_id")
                ? PageToken.decode(p.requiredString("page_id"), clock.instant())   // P9: the rest is ignored
                : new PageToken(firstQuery(p), 0, PageToken.limit(p, 10, 100));
        Payload stored = new Payload(page.query());
        ChatStore.ChatQuery query = ChatsFilter.toQuery(stored, s);
        Page<ChatSnapshot> found = s.chatReader().list(caller.user(), query, ChatsFilter.properties(stored),
                page.offset(), page.limit());
        ObjectNode out = Wire.object();
        ArrayNode summaries = out.putArray("chats_summary");
        for (ChatSnapshot chat : found.items()) summaries.add(ChatJson.summary(chat, caller.baseUrl()));
        out.put("found_chats", found.total());
        if (page.offset() > 0) out.put("previous_page_id", page.at(Math.max(0, page.offset() - page.limit()), clock.instant()));
        if (page.offset() + page.limit() < found.total()) out.put("next_page_id", page.at(page.offset() + page.limit(), clock.instant()));
        return out;
    }

    /** The part of a first request that later pages repeat: its filters and sort order, validated now. */
    private static JsonNode firstQuery(Payload p) {
        ObjectNode q = Wire.object();
        Payload filters = p.object("filters");
        q.set("filters", filters == null ? Wire.object() : filters.raw());
        q.put("sort_order", PageToken.ascending(p) ? "asc" : "desc");
        ChatsFilter.validate(new Payload(q));
        return q;
    }

    static ApiError tooMany(String key, int max) { return ApiError.validation("`" + key + "` takes at most " + max + " items"); }
}
