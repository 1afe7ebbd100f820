package dev.switchboard.client.ddp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Builds the DDP frames the client sends (spec §5) and parses what it receives. Stateless. */
final class Frames {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Frames() {}

    /**
     * {@code {"msg":"connect","version":"1","support":["1","pre2","pre1"],"sequenced":true}}, plus
     * {@code "resume":{"session","seq"}} when {@code resumeSession} is not {@code null}.
     */
    static String connect(String resumeSession, long resumeSeq) {
        ObjectNode frame = MAPPER.createObjectNode().put("msg", "connect").put("version", "1");
        frame.putArray("support").add("1").add("pre2").add("pre1");
        frame.put("sequenced", true);
        if (resumeSession != null) {
            frame.putObject("resume").put("session", resumeSession).put("seq", resumeSeq);
        }
        return write(frame);
    }

    static String method(String id, String method, ArrayNode params) {
        ObjectNode frame = MAPPER.createObjectNode().put("msg", "method").put("method", method);
        frame.set("params", params);
        return write(frame.put("id", id));
    }

    /** {@code {"msg":"sub","id","name","params":[eventName,{"useCollection":false,"args":[extra]}]}}; no extra gives {@code "args":[]}. */
    static String sub(String id, String name, String eventName, JsonNode extra) {
        ObjectNode frame = MAPPER.createObjectNode().put("msg", "sub").put("id", id).put("name", name);
        ObjectNode options = frame.putArray("params").add(eventName).addObject().put("useCollection", false);
        ArrayNode args = options.putArray("args");
        if (extra != null) {
            args.add(extra);
        }
        return write(frame);
    }

    static String unsub(String id) {
        return write(MAPPER.createObjectNode().put("msg", "unsub").put("id", id));
    }

    static String ping() {
        return "{\"msg\":\"ping\"}";
    }

    /** {@code {"msg":"pong"}}, echoing the ping's {@code id} when it had one. */
    static String pong(JsonNode pingId) {
        ObjectNode frame = MAPPER.createObjectNode().put("msg", "pong");
        if (pingId != null && !pingId.isNull()) {
            frame.set("id", pingId);
        }
        return write(frame);
    }

    /** Method parameters as a JSON array. */
    static ArrayNode params(Object... params) {
        try {
            return MAPPER.valueToTree(params == null ? new Object[0] : Arrays.asList(params));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method parameters cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Any value as a JSON tree; {@code null} stays {@code null}. */
    static JsonNode tree(Object value) {
        return value == null ? null : MAPPER.valueToTree(value);
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    private static String write(JsonNode frame) {
        try {
            return MAPPER.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
