package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.UserJson;
import dev.switchboard.core.agentchat.RoutingStatuses.Status;
import dev.switchboard.core.model.User;
import java.util.List;

/**
 * The agent's own state: {@code set_routing_status} (§4.31), {@code list_routing_statuses} (§4.32, a
 * bare array, C10, C28) and the Web {@code logout} (§4.34). A missing or empty {@code agent_id} means
 * the requester.
 */
public final class AgentActions {
    private AgentActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("set_routing_status", (caller, p) -> {
            String agentId = p.optionalString("agent_id");
            s.routingStatuses().set(caller.user(), agentId, status(p));
            return Wire.object();
        });
        r.add("list_routing_statuses", (caller, p) -> {
            Payload filters = p.object("filters");
            List<Long> groups = filters == null ? null : ChatsFilter.groupIds(filters);
            ArrayNode out = Wire.array();
            for (User u : s.routingStatuses().list(caller.user(), groups)) {
                ObjectNode n = out.addObject();
                n.put("agent_id", u.id());
                n.put("status", UserJson.routingStatus(u));
            }
            return out;
        });
        r.add("logout", (caller, p) -> {
            s.logout().logout(caller.user(), p.optionalString("agent_id"));
            return Wire.object();
        });
    }

    private static Status status(Payload p) {
        String status = p.requiredString("status");
        return switch (status) {
            case "accepting_chats" -> Status.ACCEPTING_CHATS;
            case "not_accepting_chats" -> Status.NOT_ACCEPTING_CHATS;
            case "offline" -> Status.OFFLINE;
            default -> throw ApiError.validation("`status` must be accepting_chats, not_accepting_chats or offline");
        };
    }
}
