package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatTransfer;
import java.util.List;
import java.util.Set;

/**
 * {@code transfer_chat} (§4.10, C27) and {@code list_agents_for_transfer} (§4.38, C10). A target has
 * one id: an agent id (a string) or a group id (a number, or a numeric string, P13); a missing target
 * sends the chat back to its own group's queue.
 */
public final class TransferActions {
    private TransferActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("transfer_chat", (caller, p) -> {
            String chatId = p.requiredString("id");
            ChatTransfer.Target target = target(p.object("target"), s);
            s.chatTransfer().transfer(caller.user(), chatId, target, p.bool("ignore_requester_presence", false),
                    p.bool("ignore_agents_availability", false));
            return Wire.object();
        });
        r.add("list_agents_for_transfer", (caller, p) -> {
            ArrayNode out = Wire.array();
            for (ChatTransfer.AgentLoad a : s.chatTransfer().agentsForTransfer(caller.user(), p.requiredString("chat_id"))) {
                out.addObject().put("agent_id", a.agentId()).put("total_active_chats", a.activeChats());
            }
            return out;
        });
    }

    private static ChatTransfer.Target target(Payload t, AgentChatServices s) {
        if (t == null) return new ChatTransfer.Target(null, null);
        String type = t.requiredString("type");
        List<JsonNode> ids = t.array("ids");
        if (ids == null || ids.size() != 1) throw ApiError.validation("`target.ids` must hold exactly one id");
        JsonNode id = ids.get(0);
        return switch (type) {
            case "agent" -> {
                if (!id.isTextual() || id.asText().isEmpty()) throw ApiError.validation("agent ids must be strings");
                yield new ChatTransfer.Target(id.asText(), null);
            }
            case "group" -> {
                long group = ChatsFilter.groupId(id);
                Set<String> departments = ChatsFilter.departments(List.of(group), s);
                departments.remove(null);
                if (departments.isEmpty()) throw ApiError.notFound("Group not found");
                yield new ChatTransfer.Target(null, departments.iterator().next());
            }
            default -> throw ApiError.validation("`target.type` must be agent or group");
        };
    }
}
