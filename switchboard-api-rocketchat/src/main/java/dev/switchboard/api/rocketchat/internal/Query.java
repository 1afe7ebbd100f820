package dev.switchboard.api.rocketchat.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query parameters with typed accessors. Arrays arrive as {@code key[]=a&key[]=b} (URL-encoded or
 * not) or as repeated {@code key=a}; a scalar parameter given several times is rejected rather than
 * silently picking one (rocketchat-livechat.md §1.2).
 */
public final class Query {
    private final Map<String, List<String>> params;

    public Query(Map<String, List<String>> params) {
        params.forEach((name, values) -> {
            Params.noNul(name, name);
            values.forEach(v -> Params.noNul(name, v));
        });
        this.params = params;
    }

    /** @return null when absent */
    public String string(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            if (params.containsKey(name + "[]")) throw Params.mustBe(name, "string");
            return null;
        }
        if (v.size() > 1) throw Params.mustBe(name, "string");
        return v.get(0);
    }

    public String requiredString(String name) {
        String s = string(name);
        if (s == null) throw Params.missing(name);
        return s;
    }

    public Boolean bool(String name) {
        String s = string(name);
        if (s == null) return null;
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw Params.mustBe(name, "boolean");
    }

    public Integer integer(String name) {
        String s = string(name);
        if (s == null || s.isEmpty()) return null;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Params.mustBe(name, "number");
        }
    }

    /** Values of {@code name[]} and of repeated {@code name}. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>(params.getOrDefault(name + "[]", List.of()));
        out.addAll(params.getOrDefault(name, List.of()));
        return out;
    }
}
