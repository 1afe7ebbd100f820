package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Method calls awaiting their {@code result}, in the order they were made. A call made while the client is
 * reconnecting waits here unsent and goes out once a session is up; a call already sent when its socket dies
 * fails, because only the server knows whether it ran. Not thread-safe: guarded by the owning client's lock.
 */
final class PendingCalls {
    private static final class Call {
        final String frame;
        final CompletableFuture<JsonNode> future;
        boolean sent;

        Call(String frame, CompletableFuture<JsonNode> future) {
            this.frame = frame;
            this.future = future;
        }
    }

    private final Map<String, Call> byId = new LinkedHashMap<>();

    void add(String id, String frame, CompletableFuture<JsonNode> future, boolean sent) {
        Call call = new Call(frame, future);
        call.sent = sent;
        byId.put(id, call);
    }

    /**
     * Settles the call a {@code result} frame answers: its {@code error} fails it with a {@link DdpException},
     * otherwise it completes with {@code result} ({@link NullNode} when omitted). Unknown ids are ignored.
     */
    void onResult(JsonNode frame) {
        Call call = byId.remove(frame.path("id").asText(""));
        if (call == null) {
            return;
        }
        JsonNode error = frame.get("error");
        if (error != null && !error.isNull()) {
            Shared.fail(call.future, DdpException.fromServer(error));
        } else {
            Shared.complete(call.future, frame.has("result") ? frame.get("result") : NullNode.getInstance());
        }
    }

    /** The frames of the calls not sent yet, oldest first, now marked sent. */
    List<String> takeUnsent() {
        List<String> frames = new ArrayList<>();
        for (Call call : byId.values()) {
            if (!call.sent) {
                call.sent = true;
                frames.add(call.frame);
            }
        }
        return frames;
    }

    /** Removes the calls that were sent (their answers died with the socket) and returns their futures. */
    List<CompletableFuture<JsonNode>> removeSent() {
        List<CompletableFuture<JsonNode>> futures = new ArrayList<>();
        for (Iterator<Call> it = byId.values().iterator(); it.hasNext(); ) {
            Call call = it.next();
            if (call.sent) {
                futures.add(call.future);
                it.remove();
            }
        }
        return futures;
    }

    List<CompletableFuture<JsonNode>> removeAll() {
        List<CompletableFuture<JsonNode>> futures = byId.values().stream().map(call -> call.future).toList();
        byId.clear();
        return futures;
    }
}
