package dev.switchboard.api.livechat.actions;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.Wire;

/** {@code deactivate_chat} (§4.7). */
public final class ChatStateActions {
    private ChatStateActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("deactivate_chat", (caller, p) -> {
            s.chatClosing().deactivate(caller.user(), p.requiredString("id"), p.bool("ignore_requester_presence", false));
            return Wire.object();
        });
    }
}
