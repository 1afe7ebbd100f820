package dev.switchboard.api.rocketchat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.model.PageRequest;
import dev.switchboard.core.settings.Settings;
import dev.switchboard.core.settings.SettingsCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code offset}, {@code count} and {@code sort} of list endpoints (rocketchat-livechat.md §1.8):
 * count defaults to API_Default_Count, is clamped to API_Upper_Count_Limit, and 0 means unlimited
 * when API_Allow_Infinite_Count is on. Sort is JSON such as {@code {"ts":-1}}, translated through the
 * endpoint's map from Rocket.Chat field names to store field names.
 */
public final class Pagination {
    private Pagination() {}

    public static PageRequest from(Query q, Settings settings, Map<String, String> sortFields,
                                   PageRequest.SortKey defaultSort) {
        Integer offset = q.integer("offset");
        Integer count = q.integer("count");
        if (offset != null && offset < 0) throw Params.mustBe("offset", ">= 0");
        if (count != null && count < 0) throw Params.mustBe("count", ">= 0");
        long defaultCount = pageSize(settings, SettingsCatalog.DEFAULT_COUNT);
        long limit = count == null ? defaultCount : count;
        if (limit == 0 && !settings.bool(SettingsCatalog.ALLOW_INFINITE_COUNT)) limit = defaultCount;
        limit = Math.min(limit, pageSize(settings, SettingsCatalog.UPPER_COUNT_LIMIT));
        if (count != null && count == 0 && settings.bool(SettingsCatalog.ALLOW_INFINITE_COUNT)) limit = 0;
        return new PageRequest(offset == null ? 0 : offset, (int) limit, sort(q.string("sort"), sortFields, defaultSort));
    }

    /** A count setting as a page size: whatever an administrator stored (0, negative, huge), 1 to 2^31-1. */
    private static long pageSize(Settings settings, String id) {
        return Math.clamp(settings.integer(id), 1L, Integer.MAX_VALUE);
    }

    private static List<PageRequest.SortKey> sort(String json, Map<String, String> fields, PageRequest.SortKey def) {
        if (json == null || json.isBlank()) return List.of(def);
        JsonNode n = Body.parseAny(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!n.isObject()) throw Params.mustBe("sort", "a JSON object");
        List<PageRequest.SortKey> keys = new ArrayList<>();
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            String field = fields.get(e.getKey());
            if (field == null) throw Params.invalid("Invalid sort field '" + e.getKey() + "'");
            if (!e.getValue().isNumber() || Math.abs(e.getValue().asInt()) != 1) throw Params.mustBe("sort." + e.getKey(), "1 or -1");
            keys.add(new PageRequest.SortKey(field, e.getValue().asInt() > 0));
        }
        return keys.isEmpty() ? List.of(def) : keys;
    }
}
