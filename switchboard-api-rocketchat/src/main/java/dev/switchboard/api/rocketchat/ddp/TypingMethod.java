package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.rocketchat.RocketChatServices;

/**
 * The {@code stream-notify-room} method: typing notices from visitors ({@code <rid>/typing} with a
 * boolean, widget 1.13.3; {@code <rid>/user-activity} with an activity array, the current widget) and
 * from logged-in agents. It always answers an empty result, even when refused, as upstream does
 * (rocketchat-livechat.md §5.5): a widget treats an error here as a broken connection.
 */
final class TypingMethod implements DdpMethod {
    private final RocketChatServices s;

    TypingMethod(RocketChatServices s) { this.s = s; }

    @Override
    public Object call(DdpSession session, JsonNode p) {
        JsonNode name = p.get(0);
        if (name == null || !name.isTextual()) return null;
        String event = name.textValue();
        int slash = event.indexOf('/');
        if (slash <= 0) return null;
        String rid = event.substring(0, slash);
        Boolean typing = switch (event.substring(slash + 1)) {
            case "typing" -> p.path(2).isBoolean() ? p.get(2).booleanValue() : null;
            case "user-activity" -> p.path(2).isArray() ? activityIsTyping(p.get(2)) : null;
            default -> null;
        };
        if (typing == null) return null;
        JsonNode token = p.path(3).path("token");
        if (token.isTextual()) {
            s.typing().visitorTyping(token.textValue(), rid, typing);
        } else if (session.user() != null) {
            s.typing().agentTyping(session.user(), rid, typing);
        }
        return null;
    }

    private static boolean activityIsTyping(JsonNode activities) {
        for (JsonNode a : activities) if ("user-typing".equals(a.asText())) return true;
        return false;
    }
}
