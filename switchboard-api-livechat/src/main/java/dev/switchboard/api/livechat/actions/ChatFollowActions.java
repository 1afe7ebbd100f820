package dev.switchboard.api.livechat.actions;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.Wire;

/** {@code follow_chat} (§4.8) and {@code unfollow_chat} (§4.9); both answer {@code {}} (C9). */
public final class ChatFollowActions {
    private ChatFollowActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("follow_chat", (caller, p) -> {
            s.chatFollowing().follow(caller.user(), p.requiredString("id"));
            return Wire.object();
        });
        r.add("unfollow_chat", (caller, p) -> {
            s.chatFollowing().unfollow(caller.user(), p.requiredString("id"));
            return Wire.object();
        });
    }
}
