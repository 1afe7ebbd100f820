package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.core.agentchat.PropertyFilter;
import dev.switchboard.core.agentchat.ValueFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads LiveChat's value filters ({@code {exists? | values? | exclude_values?, require_every_value?}})
 * and property filters ({@code {ns: {name: <value filter>}}}, §3.9.1, §3.9.3; C22). At most one of
 * {@code exists}, {@code values}, {@code exclude_values}; values are strings, numbers or booleans.
 */
final class ValueFilters {
    private ValueFilters() {}

    /** The filter under {@code key}, or null when absent. */
    static ValueFilter of(Payload parent, String key) {
        Payload f = parent.object(key);
        return f == null ? null : of(f);
    }

    static ValueFilter of(Payload f) {
        Boolean exists = f.optionalBool("exists");
        List<String> values = values(f, "values");
        List<String> exclude = values(f, "exclude_values");
        int given = (exists == null ? 0 : 1) + (values == null ? 0 : 1) + (exclude == null ? 0 : 1);
        if (given > 1) throw ApiError.validation("Use only one of exists, values and exclude_values");
        return new ValueFilter(exists, values, exclude, f.bool("require_every_value", false));
    }

    static List<PropertyFilter> properties(Payload filters) {
        Payload p = filters == null ? null : filters.object("properties");
        if (p == null) return List.of();
        List<PropertyFilter> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> ns : p.raw().properties()) {
            Payload names = p.object(ns.getKey());
            if (names == null) continue;
            for (Map.Entry<String, JsonNode> name : names.raw().properties()) {
                Payload filter = names.object(name.getKey());
                if (filter != null) out.add(new PropertyFilter(ns.getKey(), name.getKey(), of(filter)));
            }
        }
        return out;
    }

    private static List<String> values(Payload f, String key) {
        List<JsonNode> items = f.array(key);
        if (items == null) return null;
        List<String> out = new ArrayList<>();
        for (JsonNode v : items) {
            if (!(v.isTextual() || v.isNumber() || v.isBoolean())) throw ApiError.validation("Filter values must be strings, numbers or booleans");
            out.add(v.isNumber() ? ValueFilter.text(v.decimalValue()) : v.asText());
        }
        return out;
    }
}
