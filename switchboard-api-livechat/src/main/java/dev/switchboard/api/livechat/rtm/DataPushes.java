package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.ThreadJson;
import dev.switchboard.api.livechat.rtm.Push.Target;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Thread;

/**
 * The pushes of the data actions (§5.6): properties, customers, indicators, multicast. Their events
 * carry their own audience, so these go to whoever the hub offers them to ({@link Target#AUDIENCE}),
 * except indicators, which go to the chat's agents only, never back to their author.
 */
final class DataPushes {
    private DataPushes() {}

    /** {@code chat_|thread_|event_properties_updated|deleted}, with only the changed keys (§3.1). */
    static Push properties(DomainEvent.PropertiesChanged e) {
        String level = e.eventId() != null ? "event" : e.threadId() != null ? "thread" : "chat";
        ObjectNode p = Wire.object();
        p.put("chat_id", e.chatId());
        if (e.threadId() != null) p.put("thread_id", e.threadId());
        if (e.eventId() != null) p.put("event_id", e.eventId());
        if (e.updated() != null) p.set("properties", ThreadJson.properties(e.updated()));
        else p.set("properties", Wire.MAPPER.valueToTree(e.deleted()));
        String name = level + "_properties_" + (e.updated() != null ? "updated" : "deleted");
        return new Push(name, RtmFrames.json(p), Target.AUDIENCE, e.threadId(), null, null);
    }

    /** {@code customer_updated}: the changed fields plus {@code id}. */
    static Push customerUpdated(DomainEvent.CustomerUpdated e) {
        ObjectNode p = Wire.object();
        p.put("id", e.contact().id());
        e.changes().forEach((k, v) -> p.set(k, Wire.MAPPER.valueToTree(v)));
        return new Push("customer_updated", RtmFrames.json(p), Target.AUDIENCE, null, null, null);
    }

    static Push customerBanned(DomainEvent.CustomerBanned e) {
        ObjectNode p = Wire.object();
        p.put("customer_id", e.contact().id());
        p.putObject("ban").put("days", e.days());
        return new Push("customer_banned", RtmFrames.json(p), Target.AUDIENCE, null, null, null);
    }

    /** {@code incoming_typing_indicator} or {@code incoming_thinking_indicator}; never to their author. */
    static Push indicator(DomainEvent.AgentIndicator e) {
        Thread t = e.thread();
        ObjectNode p = Wire.object();
        p.put("chat_id", e.chatId());
        p.put("thread_id", t.id());
        String name;
        if (e.kind() == DomainEvent.IndicatorKind.TYPING) {
            name = "incoming_typing_indicator";
            ObjectNode indicator = p.putObject("typing_indicator");
            indicator.put("author_id", e.authorId());
            indicator.put("visibility", e.agentsOnly() ? "agents" : "all");
            indicator.put("timestamp", e.at().getEpochSecond());
            indicator.put("is_typing", e.active());
        } else {
            name = "incoming_thinking_indicator";
            p.put("author_id", e.authorId());
            p.put("sent_at", Times.format(e.at()));
            if (e.title() != null) p.put("title", e.title());
            if (e.description() != null) p.put("description", e.description());
            if (e.customId() != null) p.put("custom_id", e.customId());
        }
        return new Push(name, RtmFrames.json(p), Target.IN_CHAT, t.id(), t.agent() == null ? null : t.agent().id(),
                t.departmentId(), e.authorId());
    }

    /** {@code incoming_multicast}: {@code author_id} only when an agent sent it. */
    static Push multicast(DomainEvent.Multicast e) {
        ObjectNode p = Wire.object();
        if (e.authorId() != null) p.put("author_id", e.authorId());
        p.set("content", Wire.MAPPER.valueToTree(e.content()));
        if (e.type() != null) p.put("type", e.type());
        return new Push("incoming_multicast", RtmFrames.json(p), Target.AUDIENCE, null, null, null);
    }
}
