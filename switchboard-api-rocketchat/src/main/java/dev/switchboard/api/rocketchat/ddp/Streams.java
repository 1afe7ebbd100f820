package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.model.User;
import dev.switchboard.core.realtime.HubKey;

/**
 * Who may subscribe to what (rocketchat-livechat.md §5.3). A visitor proves ownership of a room with
 * the token in the subscription's {@code extraData}; a logged-in user needs access to the room, or
 * queue permission for the inquiry stream. A refused subscription is answered {@code nosub} with
 * {@code not-allowed}, which tells a visitor nothing about whether the room exists.
 */
final class Streams {
    private final RocketChatServices s;

    Streams(RocketChatServices s) { this.s = s; }

    /** Either the subscription to register, or the Meteor error to answer with. */
    record Decision(Subscription subscription, Obj error) {}

    Decision decide(DdpSession session, String subId, String name, String eventName, JsonNode extra) {
        if (eventName == null || eventName.isEmpty()) return refuse("invalid-event-name");
        String token = text(extra, "token");
        // The widget sends both; the room streams check visitorToken upstream, notify-room checks token.
        String visitorToken = text(extra, "visitorToken") != null ? text(extra, "visitorToken") : token;
        return switch (name) {
            case StreamEvent.ROOM_MESSAGES -> room(session, subId, name, eventName, eventName, visitorToken, true);
            case StreamEvent.LIVECHAT_ROOM -> room(session, subId, name, eventName, eventName, visitorToken, false);
            case StreamEvent.NOTIFY_ROOM -> {
                int slash = eventName.indexOf('/');
                yield slash <= 0 ? refuse("not-allowed")
                        : room(session, subId, name, eventName, eventName.substring(0, slash), token, false);
            }
            case StreamEvent.INQUIRY_QUEUE -> s.roomAccess().canWatchQueue(session.user())
                    ? allow(subId, name, eventName, false, HubKey.QUEUE) : refuse("not-allowed");
            default -> new Decision(null, MeteorError.subscriptionNotFound(name));
        };
    }

    private Decision room(DdpSession session, String subId, String name, String eventName, String rid, String token,
                          boolean visitorNeedsOpenRoom) {
        if (token != null && s.roomAccess().visitorRoom(token, rid, visitorNeedsOpenRoom).isPresent()) {
            return allow(subId, name, eventName, true, HubKey.thread(rid));
        }
        User user = session.user();
        if (user != null && s.roomAccess().agentRoom(user, rid).isPresent()) {
            return allow(subId, name, eventName, false, HubKey.thread(rid));
        }
        return refuse("not-allowed");
    }

    private static Decision allow(String subId, String name, String eventName, boolean visitor, HubKey key) {
        return new Decision(new Subscription(subId, name, eventName, visitor, key), null);
    }

    private static Decision refuse(String code) { return new Decision(null, MeteorError.of(code, null)); }

    private static String text(JsonNode extra, String field) {
        JsonNode n = extra == null ? null : extra.get(field);
        return n != null && n.isTextual() && !n.textValue().isEmpty() ? n.textValue() : null;
    }
}
