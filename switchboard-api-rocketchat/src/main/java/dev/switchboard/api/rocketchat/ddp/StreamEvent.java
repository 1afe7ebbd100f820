package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.core.model.Event;

/**
 * One domain event as one stream's event, with its arguments already serialized (once, for every
 * session that receives it).
 *
 * @param typist for typing events, who typed (nullable otherwise), so nobody hears their own typing
 */
record StreamEvent(String collection, String eventName, String argsJson, Typist typist) {
    /** Who typed: a contact (by its room's token) or an agent (by username). */
    record Typist(Event.AuthorKind kind, String username) {}

    static final String ROOM_MESSAGES = "stream-room-messages";
    static final String NOTIFY_ROOM = "stream-notify-room";
    static final String LIVECHAT_ROOM = "stream-livechat-room";
    static final String INQUIRY_QUEUE = "stream-livechat-inquiry-queue-observer";
}
