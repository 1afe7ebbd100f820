package dev.switchboard.api.livechat.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Properties;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.model.User;

/** A snapshot's thread as a LiveChat Thread (§3.5) or ThreadSummary (§3.6). */
public final class ThreadJson {
    private ThreadJson() {}

    /** The full Thread, with its events. */
    public static ObjectNode of(ChatSnapshot s, String baseUrl) {
        ObjectNode n = summary(s);
        ArrayNode events = n.putArray("events");
        for (Event e : s.events()) events.add(EventJson.of(e, baseUrl));
        if (s.previousThreadId() != null) n.put("previous_thread_id", s.previousThreadId());
        if (s.nextThreadId() != null) n.put("next_thread_id", s.nextThreadId());
        return n;
    }

    /** The ThreadSummary: the Thread without its events. */
    public static ObjectNode summary(ChatSnapshot s) {
        Thread t = s.thread();
        ObjectNode n = Wire.object();
        n.put("id", t.id());
        n.put("active", t.isOpen());
        ArrayNode userIds = n.putArray("user_ids");
        userIds.add(t.contactId());
        for (User agent : s.agents()) userIds.add(agent.id());
        n.set("properties", properties(s.threadProperties()));
        n.set("access", access(s.groupId()));
        if (!t.tags().isEmpty()) {
            ArrayNode tags = n.putArray("tags");
            t.tags().forEach(tags::add);
        }
        n.put("created_at", Times.format(t.createdAt()));
        if (s.queue() != null) {
            ObjectNode q = n.putObject("queue");
            q.put("position", s.queue().position());
            q.put("wait_time", s.queue().waitSeconds());
            q.put("queued_at", Times.format(s.queue().queuedAt()));
        }
        return n;
    }

    /** Properties as the two-level object of §3.1 (C37). */
    public static ObjectNode properties(Properties p) { return Wire.MAPPER.valueToTree(p.namespaces()); }

    /** {@code {"group_ids":[g]}}: group ids are numbers (C34). */
    public static ObjectNode access(long groupId) {
        ObjectNode a = Wire.object();
        a.putArray("group_ids").add(groupId);
        return a;
    }
}
