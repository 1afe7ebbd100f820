package dev.switchboard.server.e2e.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client knows after folding stream events into a REST snapshot, in a form comparable with a
 * fresh REST snapshot: messages by id (with their text, type, author and timestamp), the serving
 * agent, whether the room is open, and the queued inquiry ids. Dates are compared as epoch
 * milliseconds, because REST sends ISO strings and DDP EJSON.
 */
final class SnapshotFold {
    /** A message as both forms can express it. */
    record Message(String id, String text, String type, String authorId, long ts, boolean edited) {}

    final Map<String, Message> messages = new LinkedHashMap<>();
    final List<String> queue = new ArrayList<>();
    String servedBy;
    boolean open = true;

    static Message message(JsonNode m) {
        return new Message(m.path("_id").asText(), m.path("msg").asText(), m.path("t").asText(null),
                m.path("u").path("_id").asText(null), millis(m.path("ts")), m.hasNonNull("editedAt"));
    }

    static long millis(JsonNode date) {
        return date.has("$date") ? date.get("$date").asLong() : Instant.parse(date.asText()).toEpochMilli();
    }

    /** Seeds messages from {@code messages.history} (newest first). */
    void seedHistory(JsonNode history) {
        List<JsonNode> newestFirst = new ArrayList<>();
        history.forEach(newestFirst::add);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Message m = message(newestFirst.get(i));
            messages.put(m.id(), m);
        }
    }

    /** Applies one {@code changed} frame. */
    void apply(JsonNode frame) {
        String collection = frame.path("collection").asText();
        String eventName = frame.path("fields").path("eventName").asText();
        JsonNode arg = frame.path("fields").path("args").path(0);
        switch (collection) {
            case "stream-room-messages" -> {
                Message m = message(arg);
                messages.put(m.id(), m);
                if ("livechat-close".equals(m.type())) open = false;
            }
            case "stream-notify-room" -> {
                if (eventName.endsWith("/deleteMessage")) messages.remove(arg.path("_id").asText());
            }
            case "stream-livechat-room" -> {
                if ("agentData".equals(arg.path("type").asText())) servedBy = arg.path("data").path("_id").asText(null);
            }
            case "stream-livechat-inquiry-queue-observer" -> {
                String id = arg.path("_id").asText();
                queue.remove(id);
                if (!"removed".equals(arg.path("clientAction").asText())) queue.add(id);
            }
            default -> { }
        }
    }

    /** The messages of a fresh {@code messages.history}, oldest first. */
    static List<Message> freshMessages(JsonNode history) {
        SnapshotFold fresh = new SnapshotFold();
        fresh.seedHistory(history);
        return List.copyOf(fresh.messages.values());
    }
}
