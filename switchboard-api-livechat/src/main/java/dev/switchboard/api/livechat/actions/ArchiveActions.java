package dev.switchboard.api.livechat.actions;

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
import java.time.Clock;

/**
 * {@code list_archives} (§4.4): complete Chats, one per thread, each with {@code id} and one
 * {@code thread} (C30); page size 1–100, default 10; a page id carries the filters (P9, C23, C42);
 * {@code thread_ids} cannot be paged.
 */
public final class ArchiveActions {
    private ArchiveActions() {}

    public static void register(ActionRegistry r, AgentChatServices s, Clock clock) {
        r.add("list_archives", (caller, p) -> {
            PageToken page;
            if (p.has("page_id")) {
                page = PageToken.decode(p.requiredString("page_id"), clock.instant());
            } else {
                ObjectNode q = Wire.object();
                Payload filters = p.object("filters");
                q.set("filters", filters == null ? Wire.object() : filters.raw());
                q.put("sort_order", PageToken.ascending(p) ? "asc" : "desc");
                ArchivesFilter.toQuery(filters, false, s);   // validated once, on the first page
                int limit = PageToken.limit(p, 10, 100);
                // thread_ids (at most 20) cannot be paged: the one page holds them all.
                page = new PageToken(q, 0, filters != null && filters.has("thread_ids") ? 100 : limit);
            }
            Payload q = new Payload(page.query());
            Payload filters = q.object("filters");
            if (page.offset() > 0 && filters != null && filters.has("thread_ids")) {
                throw ApiError.validation("`filters.thread_ids` cannot be combined with pagination");
            }
            Page<ChatSnapshot> found = s.archiveSearch().search(caller.user(),
                    ArchivesFilter.toQuery(filters, "asc".equals(q.string("sort_order")), s), page.offset(), page.limit());
            ObjectNode out = Wire.object();
            ArrayNode chats = out.putArray("chats");
            for (ChatSnapshot snapshot : found.items()) chats.add(ChatJson.of(snapshot, caller.baseUrl()));
            out.put("found_chats", found.total());
            if (page.offset() > 0) out.put("previous_page_id", page.at(Math.max(0, page.offset() - page.limit()), clock.instant()));
            if (page.offset() + page.limit() < found.total()) {
                out.put("next_page_id", page.at(page.offset() + page.limit(), clock.instant()));
            }
            return out;
        });
    }
}
