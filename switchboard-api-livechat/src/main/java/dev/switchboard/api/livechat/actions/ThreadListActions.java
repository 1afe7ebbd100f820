package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.PageToken;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.ThreadJson;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.agentchat.ThreadListing;
import dev.switchboard.core.model.Page;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code list_threads} (§4.3): default page size 3, at most 100; {@code min_events_count} 1–100 and
 * not together with {@code limit} or {@code filters} ([decision] {@code validation}); a page id
 * carries the chat, the filters, the order and the page size (P9, C23, C42).
 */
public final class ThreadListActions {
    private ThreadListActions() {}

    public static void register(ActionRegistry r, AgentChatServices s, Clock clock) {
        r.add("list_threads", (caller, p) -> {
            PageToken page = p.has("page_id") ? PageToken.decode(p.requiredString("page_id"), clock.instant())
                    : new PageToken(firstQuery(p), 0, PageToken.limit(p, 3, 100));
            Payload q = new Payload(page.query());
            int minEvents = (int) q.unsigned("min_events_count", 0);
            Payload filters = q.object("filters");
            Instant from = filters == null ? null : filters.time("from");
            Instant to = filters == null ? null : filters.time("to");
            Page<ChatSnapshot> found = s.threadListing().list(caller.user(), q.requiredString("chat_id"),
                    new ThreadListing.Query(from, to, "asc".equals(q.string("sort_order")), page.offset(), page.limit(), minEvents));
            ObjectNode out = Wire.object();
            ArrayNode threads = out.putArray("threads");
            for (ChatSnapshot snapshot : found.items()) threads.add(ThreadJson.of(snapshot, caller.baseUrl()));
            out.put("found_threads", found.total());
            int step = minEvents > 0 ? Math.max(1, found.items().size()) : page.limit();
            if (page.offset() > 0) out.put("previous_page_id", page.at(Math.max(0, page.offset() - step), clock.instant()));
            if (page.offset() + found.items().size() < found.total()) {
                out.put("next_page_id", page.at(page.offset() + found.items().size(), clock.instant()));
            }
            return out;
        });
    }

    /** The request's own query, checked once on the first page. */
    private static JsonNode firstQuery(Payload p) {
        ObjectNode q = Wire.object();
        q.put("chat_id", p.requiredString("chat_id"));
        q.put("sort_order", PageToken.ascending(p) ? "asc" : "desc");
        long minEvents = p.unsigned("min_events_count", 0);
        Payload filters = p.object("filters");
        if (minEvents > 0) {
            if (minEvents > 100) throw ApiError.validation("`min_events_count` must be 1 to 100");
            if (p.has("limit")) throw ApiError.validation("`min_events_count` cannot be combined with `limit`");
            if (filters != null && filters.raw().size() > 0) {
                throw ApiError.validation("`min_events_count` cannot be combined with `filters`");
            }
            q.put("min_events_count", minEvents);
        }
        if (filters != null) {
            filters.time("from");
            filters.time("to");
            q.set("filters", filters.raw());
        }
        return q;
    }
}
