package dev.switchboard.api.livechat.actions;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;

/**
 * {@code add_user_to_chat} (§4.11) and {@code remove_user_from_chat} (§4.12). {@code visibility: ""},
 * which the SDK always sends, means {@code all} (P11, C25); only agents can be removed.
 */
public final class ChatUserActions {
    private ChatUserActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("add_user_to_chat", (caller, p) -> {
            String visibility = p.optionalString("visibility");
            if (visibility == null) visibility = "all";
            if (!visibility.equals("all") && !visibility.equals("agents")) {
                throw ApiError.validation("`visibility` must be all or agents");
            }
            s.chatMembership().add(caller.user(), p.requiredString("chat_id"), p.requiredString("user_id"),
                    isCustomer(p), visibility, p.bool("ignore_requester_presence", false));
            return Wire.object();
        });
        r.add("remove_user_from_chat", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            String userId = p.requiredString("user_id");
            if (isCustomer(p)) throw ApiError.validation("A customer cannot be removed from a chat");
            s.chatMembership().remove(caller.user(), chatId, userId, p.bool("ignore_requester_presence", false));
            return Wire.object();
        });
    }

    private static boolean isCustomer(Payload p) {
        String type = p.requiredString("user_type");
        return switch (type) {
            case "customer" -> true;
            case "agent" -> false;
            default -> throw ApiError.validation("`user_type` must be agent or customer");
        };
    }
}
