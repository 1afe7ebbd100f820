package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Wire;
import java.nio.charset.StandardCharsets;

/**
 * RTM frames (§5.2, C47, C48). Every frame carries {@code request_id}: the request's, or {@code ""}.
 * Push frames are assembled from a payload serialized once per event, so fanning one event out to
 * many connections costs a string concatenation each. Switchboard's resumption extension adds
 * {@code seq} to pushes (LiveChat clients ignore unknown keys). Pure; thread-safe.
 */
final class RtmFrames {
    static final String VERSION = "3.6";

    private RtmFrames() {}

    static String response(String requestId, String action, JsonNode payload) {
        ObjectNode f = Wire.object();
        f.put("request_id", requestId == null ? "" : requestId);
        f.put("action", action);
        f.put("type", "response");
        f.put("success", true);
        f.set("payload", payload == null ? Wire.object() : payload);
        return text(f);
    }

    /** An error response: {@code success:false} and {@code payload.error} (§5.2, open point O3). */
    static String error(String requestId, String action, ApiError e) {
        ObjectNode f = Wire.object();
        f.put("request_id", requestId == null ? "" : requestId);
        f.put("action", action == null ? "" : action);
        f.put("type", "response");
        f.put("success", false);
        f.set("payload", Wire.MAPPER.valueToTree(e.body()));
        return text(f);
    }

    /**
     * A push.
     *
     * @param payloadJson the payload, already serialized
     * @param seq         the session's sequence number of this push; 0 for pushes that are not replayed
     */
    static String push(String requestId, String action, String payloadJson, long seq) {
        StringBuilder b = new StringBuilder(payloadJson.length() + 96 + action.length());
        b.append("{\"version\":\"").append(VERSION).append("\",\"request_id\":").append(quote(requestId == null ? "" : requestId))
                .append(",\"action\":").append(quote(action)).append(",\"type\":\"push\"");
        if (seq > 0) b.append(",\"seq\":").append(seq);
        return b.append(",\"payload\":").append(payloadJson).append('}').toString();
    }

    static String push(String action, JsonNode payload) { return push("", action, json(payload), 0); }

    static String json(JsonNode node) { return new String(Wire.write(node), StandardCharsets.UTF_8); }

    private static String text(ObjectNode f) { return json(f); }

    private static String quote(String s) { return json(Wire.MAPPER.getNodeFactory().textNode(s)); }
}
