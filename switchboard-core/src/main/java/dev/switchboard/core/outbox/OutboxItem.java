package dev.switchboard.core.outbox;

import java.time.Instant;

/**
 * One outbound HTTP delivery waiting in (or done with) the durable outbox. It is written in the same
 * transaction as the change that caused it, so a committed change always has its deliveries and a
 * rolled-back one has none.
 *
 * <p>Secrets are never stored here: the sender adds credentials (RapidPro's API token, the webhook
 * secret) from its configuration when it sends.
 *
 * @param id          stable across retries; sent as the event id header so receivers can de-duplicate
 * @param stream      items of one stream are delivered one at a time, in {@code seq} order (the target
 *                    and room, such as {@code rapidpro:<rid>})
 * @param seq         the store's insertion order; 0 before insertion
 * @param target      who receives it ({@value #RAPIDPRO}, {@value #WEBHOOK}, or {@value #AGENT_NOTE}: the room's
 *                    agents, as a note posted by the worker itself, after the change that caused it committed)
 * @param kind        what it is, for logs and for the follow-up of a failure ({@code message}, {@code LivechatSession}, ...)
 * @param destination a RapidPro API path ({@code /api/v2/broadcasts.json}) or a webhook's absolute URL
 * @param body        the JSON body
 * @param roomId      the room the delivery is about (nullable)
 * @param lastError   nullable: why the last attempt failed
 */
public record OutboxItem(String id, String stream, long seq, String target, String kind, String destination,
                         String body, String roomId, Status status, int attempts, Instant nextAttemptAt,
                         Instant createdAt, String lastError) {
    public static final String RAPIDPRO = "rapidpro";
    public static final String WEBHOOK = "webhook";
    public static final String AGENT_NOTE = "agent-note";

    /** The life of an item: pending until delivered, or failed once retrying is pointless or exhausted. */
    public enum Status { PENDING, DELIVERED, FAILED }

    /** A new pending item, due at once. */
    public static OutboxItem pending(String id, String target, String kind, String destination, String body,
                                     String roomId, Instant now) {
        String stream = target + ":" + (roomId == null ? id : roomId);
        return new OutboxItem(id, stream, 0, target, kind, destination, body, roomId, Status.PENDING, 0, now, now, null);
    }
}
