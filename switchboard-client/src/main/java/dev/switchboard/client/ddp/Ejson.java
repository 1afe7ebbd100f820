package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Helpers for Meteor's EJSON dates, which DDP frames carry as {@code {"$date": <epoch milliseconds>}}
 * (spec §5.4). Stateless and thread-safe.
 */
public final class Ejson {
    private Ejson() {}

    /**
     * The instant of an EJSON date such as the {@code ts} of a message.
     *
     * @return {@code null} when {@code node} is {@code null}, missing or JSON {@code null}
     * @throws IllegalArgumentException when the node is anything but {@code {"$date": <integral number>}}
     */
    public static Instant date(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        JsonNode millis = node.get("$date");
        if (!node.isObject() || node.size() != 1 || millis == null || !millis.isIntegralNumber()) {
            throw new IllegalArgumentException("not an EJSON date {\"$date\":<epoch ms>}: " + node);
        }
        return Instant.ofEpochMilli(millis.asLong());
    }

    /** {@code {"$date": <epoch ms>}} for an instant (sub-millisecond precision is dropped); not {@code null}. */
    public static ObjectNode dateNode(Instant instant) {
        return JsonNodeFactory.instance.objectNode().put("$date", instant.toEpochMilli());
    }
}
