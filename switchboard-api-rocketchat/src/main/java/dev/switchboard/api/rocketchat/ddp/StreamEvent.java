package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.core.model.Event;

/**
 * One domain event as one stream's event. Its frame is serialized here, once, for every session that
 * receives it; each session only closes it, with its own sequence number when it asked for one.
 * Immutable.
 */
final class StreamEvent {
    static final String ROOM_MESSAGES = "stream-room-messages";
    static final String NOTIFY_ROOM = "stream-notify-room";
    static final String LIVECHAT_ROOM = "stream-livechat-room";
    static final String INQUIRY_QUEUE = "stream-livechat-inquiry-queue-observer";

    /** Who typed: a contact (by its room's token) or an agent (by username). */
    record Typist(Event.AuthorKind kind, String username) {}

    private final String collection;
    private final String eventName;
    private final Typist typist;
    private final boolean agentsOnly;
    private final String openFrame;

    /**
     * @param argsJson the event's {@code args}, serialized
     * @param typist   for typing events, who typed (nullable otherwise), so nobody hears their own typing
     */
    StreamEvent(String collection, String eventName, String argsJson, Typist typist) {
        this(collection, eventName, argsJson, typist, false);
    }

    /** @param agentsOnly a message only agents may see (LiveChat visibility {@code agents}): never sent to visitors */
    StreamEvent(String collection, String eventName, String argsJson, Typist typist, boolean agentsOnly) {
        this.collection = collection;
        this.eventName = eventName;
        this.typist = typist;
        this.agentsOnly = agentsOnly;
        this.openFrame = Frames.openChanged(collection, eventName, argsJson);
    }

    String collection() { return collection; }

    String eventName() { return eventName; }

    Typist typist() { return typist; }

    boolean agentsOnly() { return agentsOnly; }

    /** The {@code changed} frame; {@code seq} 0 for sessions that did not ask for sequence numbers. */
    String frame(long seq) { return Frames.closeChanged(openFrame, seq); }
}
