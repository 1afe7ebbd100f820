package dev.switchboard.api.livechat.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.model.ChatMember;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.User;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chats as LiveChat Chat (§3.4) and ChatSummary (§3.6). Every chat object carries {@code id}: without
 * it the Go SDK panics (C30).
 */
public final class ChatJson {
    private ChatJson() {}

    /** A Chat with its one thread ({@code get_chat}, {@code list_archives} items, {@code incoming_chat}). */
    public static ObjectNode of(ChatSnapshot s, String baseUrl) {
        ObjectNode n = Wire.object();
        n.put("id", s.chat().id());
        if (s.thread() != null) n.set("thread", ThreadJson.of(s, baseUrl));
        n.set("users", users(s));
        common(n, s);
        return n;
    }

    /** A ChatSummary ({@code list_chats}, RTM {@code login}). */
    public static ObjectNode summary(ChatSnapshot s, String baseUrl) {
        ObjectNode n = Wire.object();
        n.put("id", s.chat().id());
        ObjectNode perType = n.putObject("last_event_per_type");
        if (s.thread() != null) {
            Map<String, ObjectNode> last = new LinkedHashMap<>();
            for (Event e : s.events()) {
                ObjectNode event = EventJson.of(e, baseUrl);
                last.put(event.get("type").asText(), event);
            }
            last.forEach((type, event) -> {
                ObjectNode entry = perType.putObject(type);
                entry.put("thread_id", s.thread().id());
                entry.put("thread_created_at", Times.format(s.thread().createdAt()));
                entry.set("event", event);
            });
            n.set("last_thread_summary", ThreadJson.summary(s));
        }
        n.set("users", users(s));
        common(n, s);
        return n;
    }

    private static void common(ObjectNode n, ChatSnapshot s) {
        n.set("properties", ThreadJson.properties(s.chat().properties()));
        n.set("access", ThreadJson.access(s.groupId()));
        n.put("is_followed", s.followed());
    }

    /** The customer first, then the agents; presence means being in the chat's open thread. */
    private static ArrayNode users(ChatSnapshot s) {
        ArrayNode users = Wire.array();
        boolean active = s.thread() != null && s.thread().isOpen();
        if (s.customer() != null) {
            users.add(UserJson.customer(s.customer(), active, s.seenUpTo().get(s.customer().contact().id())));
        }
        for (User agent : s.agents()) {
            String visibility = s.members().stream().filter(m -> m.userId().equals(agent.id()))
                    .map(ChatMember::visibility).findFirst().orElse("all");
            users.add(UserJson.agent(agent, active, s.seenUpTo().get(agent.id()), visibility));
        }
        return users;
    }
}
