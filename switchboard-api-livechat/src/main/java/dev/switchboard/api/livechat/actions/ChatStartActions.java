package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.EventParser;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatStart;
import dev.switchboard.core.agentchat.NewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code start_chat} (§4.5) and {@code resume_chat} (§4.6). The InitialChat (§3.8) is read leniently:
 * {@code chat.id: ""} is absent (P5, C18); of {@code chat.users} only {@code id} and {@code type} count
 * (P4, C17), at most one customer and four agents besides the requester (C44); {@code active} defaults
 * to true; initial events follow {@code send_event}'s rules, with visibility forced to {@code all}.
 */
public final class ChatStartActions {
    private static final int MAX_AGENTS = 4;

    private ChatStartActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("start_chat", (caller, p) -> {
            Payload chat = p.object("chat");
            if (chat == null) chat = new Payload(Wire.object());
            if (chat.optionalString("id") != null) throw ApiError.validation("`chat.id` must be empty: start_chat creates a chat");
            ChatStart.Started started = s.chatStarter().start(caller.user(), request(null, chat, p, caller, s));
            ObjectNode out = Wire.object();
            out.put("chat_id", started.chatId());
            out.put("thread_id", started.threadId());
            eventIds(out, started);
            return out;
        });
        r.add("resume_chat", (caller, p) -> {
            Payload chat = p.object("chat");
            if (chat == null) throw ApiError.validation("`chat` is required");
            ChatStart.Started started = s.chatStarter().start(caller.user(),
                    request(chat.requiredString("id"), chat, p, caller, s));
            ObjectNode out = Wire.object();
            out.put("thread_id", started.threadId());
            eventIds(out, started);
            return out;
        });
    }

    private static void eventIds(ObjectNode out, ChatStart.Started started) {
        if (started.eventIds().isEmpty()) return;
        var ids = out.putArray("event_ids");
        started.eventIds().forEach(ids::add);
    }

    private static ChatStart request(String chatId, Payload chat, Payload p, Caller caller, AgentChatServices s) {
        String customer = null;
        List<String> agents = new ArrayList<>();
        for (JsonNode u : nonNull(chat.array("users"))) {
            Payload user = new Payload(u);
            String id = user.requiredString("id");
            switch (user.requiredString("type")) {
                case "customer" -> {
                    if (customer != null && !customer.equals(id)) throw ApiError.validation("A chat can have only one customer");
                    customer = id;
                }
                case "agent" -> {
                    if (!id.equals(caller.user().id()) && !agents.contains(id)) agents.add(id);
                }
                default -> throw ApiError.validation("`chat.users[].type` must be agent or customer");
            }
        }
        if (agents.size() > MAX_AGENTS) throw ApiError.validation("At most " + MAX_AGENTS + " agents besides the requester");
        Payload thread = chat.object("thread");
        List<NewEvent> events = new ArrayList<>();
        List<String> tags = List.of();
        if (thread != null) {
            for (JsonNode e : nonNull(thread.array("events"))) {
                NewEvent parsed = EventParser.parse(new Payload(e));
                // Initial events are always visible to everyone (§4.5).
                events.add(new NewEvent(parsed.type(), parsed.text(), false, parsed.customId(), parsed.properties(),
                        parsed.payload()));
            }
            List<String> given = thread.strings("tags");
            if (given != null) tags = given.stream().filter(t -> !t.isBlank()).distinct().toList();
        }
        return new ChatStart(chatId, customer, agents, department(chat.object("access"), s),
                EventParser.properties(chat.object("properties")),
                thread == null ? null : EventParser.properties(thread.object("properties")),
                tags, events, p.bool("active", true), p.bool("continuous", false));
    }

    /** The department of {@code access.group_ids}: the first group that is not 0 (all agents). */
    private static String department(Payload access, AgentChatServices s) {
        List<Long> groups = access == null ? null : ChatsFilter.groupIds(access);
        if (groups == null) return null;
        for (long g : groups) {
            if (g == 0) continue;
            Set<String> departments = ChatsFilter.departments(List.of(g), s);
            departments.remove(null);
            if (departments.isEmpty()) throw ApiError.notFound("Group not found: " + g);
            return departments.iterator().next();
        }
        return null;
    }

    private static List<JsonNode> nonNull(List<JsonNode> list) { return list == null ? List.of() : list; }
}
