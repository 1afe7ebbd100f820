package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Objects;

/**
 * One stream event, decoded from a DDP frame
 * {@code {"msg":"changed","collection":…,"id":"id","fields":{"eventName":…,"args":[…]},"seq":n}}.
 *
 * @param collection the stream, e.g. {@code stream-room-messages}; not {@code null}
 * @param eventName  the event, e.g. a room id or {@code <rid>/typing}; {@code null} for a plain collection
 *                   change without {@code fields.eventName}
 * @param args       the event's arguments as sent (EJSON, see {@link Ejson}); never {@code null}, unmodifiable
 * @param seq        the per-session sequence number of Switchboard's resume extension, or {@code 0} when the
 *                   server did not send one
 */
public record StreamEvent(String collection, String eventName, List<JsonNode> args, long seq) {
    public StreamEvent {
        Objects.requireNonNull(collection, "collection");
        args = List.copyOf(args);
    }

    /** The argument at {@code index}, or a {@link MissingNode} when there are fewer arguments. */
    public JsonNode arg(int index) {
        return index >= 0 && index < args.size() ? args.get(index) : MissingNode.getInstance();
    }
}
