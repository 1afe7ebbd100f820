package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.Facades.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The agent side of the Rocket.Chat realtime API, sending what the Rocket.Chat web client sends for
 * omnichannel work, for tests and load generation. Stateless beyond the wrapped client; events arrive at
 * {@link DdpClient#addListener}. Thread-safe.
 */
public final class AgentRealtime {
    private static final Map<String, Object> NO_EXTRA = Map.of();

    private final DdpClient ddp;

    /** Wraps a connected client (not {@code null}). */
    public AgentRealtime(DdpClient ddp) {
        this.ddp = Objects.requireNonNull(ddp, "ddp");
    }

    public DdpClient ddp() {
        return ddp;
    }

    /**
     * Meteor {@code login} with {@code [{"resume":authToken}]} (the REST login's {@code authToken}); answers
     * {@code {"id","token","tokenExpires":{"$date"},"type":"resume"}}. Once it succeeds the client repeats it
     * on every new session after a resync ({@link DdpClient#callOnResync}); a resumed session stays logged in.
     */
    public CompletableFuture<JsonNode> login(String authToken) {
        Map<String, Object> params = Map.of("resume", authToken);
        return ddp.call("login", params).thenApply(result -> {
            ddp.callOnResync("login", params);
            return result;
        });
    }

    /** Method {@code sendMessage} with {@code {"rid","msg"}}; answers the stored message. */
    public CompletableFuture<JsonNode> sendMessage(String rid, String msg) {
        return sendMessage(null, rid, msg);
    }

    /** Method {@code sendMessage} with {@code {"_id","rid","msg"}} ({@code _id} left out when {@code null}). */
    public CompletableFuture<JsonNode> sendMessage(String id, String rid, String msg) {
        return ddp.call("sendMessage", fields("_id", id, "rid", rid, "msg", msg));
    }

    /**
     * Subscribes to {@code stream-room-messages} {@code <rid>}, {@code stream-notify-room}
     * {@code <rid>/user-activity} and {@code stream-livechat-room} {@code <rid>}, each with extra {@code {}}.
     * Completes when all are ready; fails when one is refused.
     */
    public CompletableFuture<List<Subscription>> watchRoom(String rid) {
        return Facades.all(List.of(
                ddp.subscribe("stream-room-messages", rid, NO_EXTRA),
                ddp.subscribe("stream-notify-room", rid + "/user-activity", NO_EXTRA),
                ddp.subscribe("stream-livechat-room", rid, NO_EXTRA)));
    }

    /** Subscribes to {@code stream-livechat-inquiry-queue-observer}, event {@code public}, extra {@code {}}. */
    public CompletableFuture<Subscription> watchQueue() {
        return ddp.subscribe("stream-livechat-inquiry-queue-observer", "public", NO_EXTRA);
    }

    /**
     * Method {@code stream-notify-room} with {@code ["<rid>/user-activity", username, ["user-typing"] or [], {}]};
     * the result is empty.
     */
    public CompletableFuture<JsonNode> typing(String rid, String username, boolean typing) {
        return ddp.call("stream-notify-room", rid + "/user-activity", username,
                typing ? List.of("user-typing") : List.of(), NO_EXTRA);
    }
}
