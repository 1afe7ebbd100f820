package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.core.store.ChatStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code list_chats} filters (§3.9.1, C20): {@code active} (v3.6) wins over {@code include_active}
 * (SDK), an absent pair means active and inactive chats; {@code include_chats_without_threads}
 * defaults to true; {@code group_ids} are LiveChat group numbers (0: no department), at most 200.
 */
final class ChatsFilter {
    private ChatsFilter() {}

    /** Checks the stored query once, on the first page. */
    static void validate(Payload query) {
        Payload f = query.object("filters");
        if (f == null) return;
        f.optionalBool("active");
        f.optionalBool("include_active");
        f.optionalBool("include_chats_without_threads");
        groupIds(f);
        ValueFilters.properties(f);
    }

    /** The property filters of the stored query (C22). */
    static List<dev.switchboard.core.agentchat.PropertyFilter> properties(Payload query) {
        return ValueFilters.properties(query.object("filters"));
    }

    static ChatStore.ChatQuery toQuery(Payload query, AgentChatServices s) {
        Payload f = query.object("filters");
        boolean ascending = "asc".equals(query.string("sort_order"));
        if (f == null) return new ChatStore.ChatQuery(null, null, null, true, null, ascending);
        Boolean active = f.optionalBool("active");
        if (active == null && Boolean.FALSE.equals(f.optionalBool("include_active"))) active = false;
        boolean withoutThreads = f.bool("include_chats_without_threads", true);
        List<Long> groups = groupIds(f);
        return new ChatStore.ChatQuery(null, null, active, withoutThreads, groups == null ? null : departments(groups, s),
                ascending);
    }

    /** The departments of LiveChat groups; group 0 is "no department" (a null entry). */
    static Set<String> departments(List<Long> groups, AgentChatServices s) {
        Set<String> out = new HashSet<>();
        Map<String, Long> byDepartment = s.chatReader().groupIds();
        for (long g : groups) {
            if (g == 0) out.add(null);
            byDepartment.forEach((department, id) -> {
                if (id == g) out.add(department);
            });
        }
        return out;
    }

    /** Group ids: numbers, or numeric strings (P13); null when absent. */
    static List<Long> groupIds(Payload f) {
        List<JsonNode> items = f.array("group_ids");
        if (items == null) return null;
        if (items.size() > 200) throw ChatReadActions.tooMany("filters.group_ids", 200);
        return items.stream().map(ChatsFilter::groupId).toList();
    }

    static long groupId(JsonNode n) {
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0) return n.asLong();
        if (n.isTextual() && n.asText().matches("\\d{1,18}")) return Long.parseLong(n.asText());
        throw ApiError.validation("group ids must be non-negative integers");
    }
}
