package dev.switchboard.client.ddp;

import static dev.switchboard.client.ddp.Facades.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The visitor side of the Rocket.Chat livechat realtime API, sending what the livechat widget 1.13.3 sends
 * (spec §5.7, §5.8), for tests and load generation. It adds no state beyond the visitor token; events arrive
 * at {@link DdpClient#addListener} of the wrapped client. Thread-safe.
 */
public final class VisitorRealtime {
    private final DdpClient ddp;
    private final String token;

    /** Wraps a connected client for the visitor with {@code token} (neither may be {@code null}). */
    public VisitorRealtime(DdpClient ddp, String token) {
        this.ddp = Objects.requireNonNull(ddp, "ddp");
        this.token = Objects.requireNonNull(token, "token");
    }

    public DdpClient ddp() {
        return ddp;
    }

    public String token() {
        return token;
    }

    /**
     * {@code livechat:setUpConnection} with {@code [{"token":T}]}; the result is empty. Once it succeeds the
     * client repeats it on every new session after a resync ({@link DdpClient#callOnResync}).
     */
    public CompletableFuture<JsonNode> setUpConnection() {
        Map<String, Object> params = Map.of("token", token);
        return ddp.call("livechat:setUpConnection", params).thenApply(result -> {
            ddp.callOnResync("livechat:setUpConnection", params);
            return result;
        });
    }

    /**
     * {@code livechat:registerGuest} with {@code {"token","name","email","department"}} ({@code null} fields
     * left out); answers {@code {"userId","visitor"}}.
     */
    public CompletableFuture<JsonNode> registerGuest(String token, String name, String email, String department) {
        return ddp.call("livechat:registerGuest", fields("token", token, "name", name, "email", email, "department", department));
    }

    /** {@code livechat:loginByToken} with {@code [T]}; answers {@code {"_id"}} or nothing. */
    public CompletableFuture<JsonNode> loginByToken() {
        return ddp.call("livechat:loginByToken", token);
    }

    /** {@code sendMessageLivechat} with {@code {"_id","rid","msg","token"}}; {@code id} is the client-chosen message id. */
    public CompletableFuture<JsonNode> sendMessage(String id, String rid, String msg) {
        return ddp.call("sendMessageLivechat", fields("_id", id, "rid", rid, "msg", msg, "token", token));
    }

    /** {@code livechat:getAgentData} with {@code {"roomId","token"}}; answers the agent or nothing. */
    public CompletableFuture<JsonNode> agentData(String rid) {
        return ddp.call("livechat:getAgentData", fields("roomId", rid, "token", token));
    }

    /** {@code livechat:getInitialData} with {@code [T]}. */
    public CompletableFuture<JsonNode> initialData() {
        return ddp.call("livechat:getInitialData", token);
    }

    /**
     * Subscribes to a room like widget 1.13.3: {@code stream-room-messages} {@code <rid>},
     * {@code stream-notify-room} {@code <rid>/typing} and {@code <rid>/deleteMessage}, and
     * {@code stream-livechat-room} {@code <rid>}, each with {@code {"token":T,"visitorToken":T}}. (The widget
     * subscribes to {@code stream-livechat-room} three times and gets every event thrice; once is enough here.)
     * Completes when all four are ready; fails when one is refused.
     */
    public CompletableFuture<List<Subscription>> watchRoom(String rid) {
        Map<String, Object> extra = fields("token", token, "visitorToken", token);
        return Facades.all(List.of(
                ddp.subscribe("stream-room-messages", rid, extra),
                ddp.subscribe("stream-notify-room", rid + "/typing", extra),
                ddp.subscribe("stream-notify-room", rid + "/deleteMessage", extra),
                ddp.subscribe("stream-livechat-room", rid, extra)));
    }

    /** Method {@code stream-notify-room} with {@code ["<rid>/typing", username, typing, {"token":T}]}; the result is empty. */
    public CompletableFuture<JsonNode> typing(String rid, String username, boolean typing) {
        return ddp.call("stream-notify-room", rid + "/typing", username, typing, Map.of("token", token));
    }
}
