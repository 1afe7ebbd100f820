package dev.switchboard.mediator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mediator answer in the envelope of live-agents-mediator.md §3.2: {@code status_code} repeats the
 * HTTP status, {@code status} is success, error or ignored, {@code msg} is for people; endpoint
 * fields sit flat next to them. Immutable.
 */
public record Reply(int code, String status, String msg, Map<String, Object> fields) {
    public Reply {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Reply success(String msg) { return new Reply(200, "success", msg, Map.of()); }

    public static Reply success(String msg, Map<String, Object> fields) { return new Reply(200, "success", msg, fields); }

    public static Reply error(int code, String msg) { return new Reply(code, "error", msg, Map.of()); }

    public static Reply ignored() { return new Reply(200, "ignored", "Event ignored", Map.of()); }

    /** The JSON body: the envelope first, then the fields. */
    public Map<String, Object> body() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status_code", code);
        b.put("status", status);
        b.put("msg", msg);
        b.putAll(fields);
        return b;
    }
}
