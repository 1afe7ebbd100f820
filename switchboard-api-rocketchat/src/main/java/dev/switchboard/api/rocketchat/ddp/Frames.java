package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.api.rocketchat.internal.Obj;
import java.util.List;

/** The DDP frames the server sends, as JSON text (rocketchat-livechat.md §5.1–§5.4). */
final class Frames {
    static final String SERVER_ID = "{\"server_id\":\"0\"}";
    static final String PING = "{\"msg\":\"ping\"}";
    static final String FAILED = "{\"msg\":\"failed\",\"version\":\"1\"}";

    private Frames() {}

    /** @param resync why a requested resume was impossible (nullable: a fresh or resumed session) */
    static String connected(String session, String resync) {
        return Ejson.write(Obj.of("msg", "connected", "session", session, "resync", resync));
    }

    static String pong(String id) { return Ejson.write(Obj.of("msg", "pong", "id", id)); }

    /** A method's result; {@code result} null leaves the key out, as Meteor does for no value. */
    static String result(String id, Object result) {
        return Ejson.write(Obj.of("msg", "result", "id", id, "result", result));
    }

    static String error(String id, Obj error) { return Ejson.write(Obj.of("msg", "result", "id", id, "error", error)); }

    static String updated(String id) { return Ejson.write(Obj.of("msg", "updated", "methods", List.of(id))); }

    static String ready(String subId) { return Ejson.write(Obj.of("msg", "ready", "subs", List.of(subId))); }

    /** @param error null for the answer to an {@code unsub} */
    static String nosub(String subId, Obj error) { return Ejson.write(Obj.of("msg", "nosub", "id", subId, "error", error)); }

    /**
     * A stream event, all but its closing brace: {@code {"msg":"changed","collection":…,"id":"id",
     * "fields":{"eventName":…,"args":…}}} with the literal {@code "id":"id"} upstream sends. Built once
     * per event; {@link #closeChanged} finishes it per session.
     */
    static String openChanged(String collection, String eventName, String argsJson) {
        return new StringBuilder(96 + argsJson.length())
                .append("{\"msg\":\"changed\",\"collection\":").append(Ejson.write(collection))
                .append(",\"id\":\"id\",\"fields\":{\"eventName\":").append(Ejson.write(eventName))
                .append(",\"args\":").append(argsJson).append('}').toString();
    }

    /** Closes an {@link #openChanged} frame, adding Switchboard's {@code seq} when it is not 0. */
    static String closeChanged(String openFrame, long seq) {
        return seq > 0 ? openFrame + ",\"seq\":" + seq + "}" : openFrame + "}";
    }
}
