package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.ChatJson;
import dev.switchboard.api.livechat.render.EventJson;
import dev.switchboard.api.livechat.render.UserJson;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.model.Thread;
import dev.switchboard.api.livechat.rtm.Push.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What each domain event looks like as RTM pushes (§5.6). Adding a push for a new event is one case in
 * {@link #renderFresh}. The hub hands one event to many connections on the same thread, one after the
 * other, so the last rendering is kept per thread and reused: an event is serialized once per node,
 * not once per socket. Thread-safe.
 */
final class PushRenderer {
    private record Rendered(DomainEvent event, List<Push> pushes) {}

    private final AgentChatServices s;
    private final Supplier<String> baseUrl;
    private final ThreadLocal<Rendered> last = new ThreadLocal<>();

    /** @param baseUrl the server's URL for file links */
    PushRenderer(AgentChatServices s, Supplier<String> baseUrl) {
        this.s = s;
        this.baseUrl = baseUrl;
    }

    List<Push> render(DomainEvent event) {
        Rendered cached = last.get();
        if (cached != null && cached.event() == event) return cached.pushes();
        List<Push> pushes = renderFresh(event);
        last.set(new Rendered(event, pushes));
        return pushes;
    }

    private List<Push> renderFresh(DomainEvent event) {
        List<Push> out = new ArrayList<>(2);
        switch (event) {
            case DomainEvent.ThreadOpened e -> {
                if (e.inquiry().status() == Inquiry.InquiryStatus.QUEUED) incomingChat(out, e.thread(), Target.SEES_CHAT);
            }
            case DomainEvent.AgentAssigned e -> {
                incomingChat(out, e.thread(), Target.NEW_TO_AGENT);
                ObjectNode p = chatAndThread(e.thread());
                p.set("user", UserJson.agent(e.agent(), true, null, "all"));
                p.put("reason", "assigned");
                out.add(push("user_added_to_chat", p, Target.SEES_CHAT, e.thread()));
            }
            case DomainEvent.EventPosted e -> out.add(eventPush("incoming_event", e.thread(), e.event()));
            case DomainEvent.EventEdited e -> out.add(eventPush("event_updated", e.thread(), e.event()));
            case DomainEvent.EventDeleted e -> {
                ObjectNode p = chatAndThread(e.thread());
                p.put("event_id", e.eventId());
                out.add(push("event_deleted", p, Target.IN_CHAT, e.thread()));
            }
            case DomainEvent.ThreadClosed e -> {
                ObjectNode p = chatAndThread(e.thread());
                if (e.thread().closedBy() != null) p.put("user_id", e.thread().closedBy().id());
                out.add(push("chat_deactivated", p, Target.SEES_CHAT, e.thread()));
            }
            case DomainEvent.InquiryRequeued e -> out.add(push("chat_transferred", transferred(e), Target.SEES_CHAT, e.thread()));
            case DomainEvent.Typing e -> typing(out, e);
            case DomainEvent.QueuePosition e -> queuePosition(out, e);
            case DomainEvent.AgentStatusChanged e -> {
                ObjectNode p = Wire.object();
                p.put("agent_id", e.agent().id());
                p.put("status", UserJson.routingStatus(e.agent()));
                out.add(new Push("routing_status_set", RtmFrames.json(p), Target.AGENT, null, e.agent().id(), null));
            }
            case DomainEvent.HoldChanged e -> { }
            case DomainEvent.RoutingRulesChanged e -> { }
            case DomainEvent.OfflineMessageLeft e -> { }
            case DomainEvent.PropertiesChanged e -> out.add(DataPushes.properties(e));
            case DomainEvent.ThreadTagChanged e -> {
                ObjectNode p = chatAndThread(e.thread());
                p.put("tag", e.tag());
                out.add(push(e.tagged() ? "thread_tagged" : "thread_untagged", p, Target.SEES_CHAT, e.thread()));
            }
            case DomainEvent.CustomerUpdated e -> out.add(DataPushes.customerUpdated(e));
            case DomainEvent.CustomerBanned e -> out.add(DataPushes.customerBanned(e));
            case DomainEvent.EventsSeen e -> {
                ObjectNode p = Wire.object();
                p.put("user_id", e.userId());
                p.put("chat_id", e.chatId());
                p.put("seen_up_to", Times.format(e.seenUpTo()));
                out.add(push("events_marked_as_seen", p, Target.IN_CHAT, e.thread()));
            }
            case DomainEvent.AgentIndicator e -> out.add(DataPushes.indicator(e));
            case DomainEvent.Multicast e -> out.add(DataPushes.multicast(e));
            // Sessions end themselves on it (RtmSession#onEvent): no push to render.
            case DomainEvent.AgentLoggedOut e -> { }
            case DomainEvent.UserAddedToChat e -> {
                ObjectNode p = chatAndThread(e.thread());
                p.set("user", UserJson.agent(e.user(), true, null, e.visibility()));
                p.put("reason", "manual");
                if (e.requesterId() != null) p.put("requester_id", e.requesterId());
                out.add(new Push("user_added_to_chat", RtmFrames.json(p), Target.AUDIENCE, e.thread().id(), e.user().id(), null));
            }
            case DomainEvent.UserRemovedFromChat e -> {
                ObjectNode p = chatAndThread(e.thread());
                p.put("user_id", e.userId());
                p.put("reason", "manual");
                if (e.requesterId() != null) p.put("requester_id", e.requesterId());
                out.add(new Push("user_removed_from_chat", RtmFrames.json(p), Target.AUDIENCE, e.thread().id(), e.userId(), null));
            }
            case DomainEvent.ChatUnfollowed e -> out.add(new Push("chat_unfollowed",
                    RtmFrames.json(Wire.object().put("chat_id", e.chatId())), Target.AGENT, null, e.userId(), null));
            case DomainEvent.RichMessagePostback e -> {
                ObjectNode p = Wire.object();
                p.put("user_id", e.userId());
                p.put("chat_id", e.chatId());
                p.put("thread_id", e.thread().id());
                p.put("event_id", e.eventId());
                p.set("postback", Wire.MAPPER.valueToTree(e.postback()));
                out.add(push("incoming_rich_message_postback", p, Target.IN_CHAT, e.thread()));
            }
            // routing_status_set comes from the AgentStatusChanged published with it.
            case DomainEvent.AgentPresenceChanged e -> { }
            // Rocket.Chat's room.visitor has no LiveChat push; agents reading the chat see the new customer.
            case DomainEvent.RoomVisitorChanged e -> { }
            case DomainEvent.ChatTransferred e -> out.add(push("chat_transferred", chatTransferred(e), Target.SEES_CHAT, e.thread()));
        }
        return List.copyOf(out);
    }

    private void incomingChat(List<Push> out, Thread thread, Target target) {
        s.chatReader().forPush(thread.id()).ifPresent(snapshot -> {
            ObjectNode p = Wire.object();
            p.put("requester_id", thread.contactId());
            p.set("chat", ChatJson.of(snapshot, baseUrl.get()));
            Push.Target t = target;
            String agent = thread.agent() == null ? null : thread.agent().id();
            out.add(new Push("incoming_chat", RtmFrames.json(p), t, thread.id(), agent, thread.departmentId()));
        });
    }

    private Push eventPush(String name, Thread thread, Event event) {
        ObjectNode p = chatAndThread(thread);
        p.set("event", EventJson.of(event, baseUrl.get()));
        return push(name, p, Target.IN_CHAT, thread);
    }

    /** chat_transferred (§5.6) of a LiveChat {@code transfer_chat} or Rocket.Chat forward: to an agent or a group. */
    private ObjectNode chatTransferred(DomainEvent.ChatTransferred e) {
        ObjectNode p = chatAndThread(e.thread());
        p.put("requester_id", e.requesterId());
        p.put("reason", "manual");
        ObjectNode to = p.putObject("transferred_to");
        var groups = to.putArray("group_ids");
        if (e.agentId() == null) groups.add(groupId(e.departmentId() != null ? e.departmentId() : e.thread().departmentId()));
        var agents = to.putArray("agent_ids");
        if (e.agentId() != null) agents.add(e.agentId());
        return p;
    }

    /**
     * chat_transferred (§5.6) when routing took the chat back from its agent (it left, or never
     * answered): back in the queue of its group. A requested transfer also tells its own
     * {@link DomainEvent.ChatTransferred}.
     */
    private ObjectNode transferred(DomainEvent.InquiryRequeued e) {
        ObjectNode p = chatAndThread(e.thread());
        p.put("reason", e.previousAgentId() == null ? "manual" : "unassigned");
        ObjectNode to = p.putObject("transferred_to");
        to.putArray("group_ids").add(groupId(e.thread().departmentId()));
        to.putArray("agent_ids");
        return p;
    }

    /**
     * A contact's (or Rocket.Chat agent's) typing. Agent Chat API agents' typing comes as
     * {@link DomainEvent.AgentIndicator}, which ChatSignals also passes to Rocket.Chat as a
     * {@code Typing}: pushing both would tell LiveChat clients twice.
     */
    private void typing(List<Push> out, DomainEvent.Typing e) {
        Thread t = e.thread();
        boolean byAgent = e.by() == Event.AuthorKind.AGENT;
        if (byAgent && t.agent() != null && t.agent().username().equals(e.username())) return;
        String author = byAgent && t.agent() != null && t.agent().username().equals(e.username()) ? t.agent().id()
                : byAgent ? e.username() : t.contactId();
        ObjectNode p = chatAndThread(t);
        ObjectNode indicator = p.putObject("typing_indicator");
        indicator.put("author_id", author);
        indicator.put("visibility", "all");
        indicator.put("timestamp", System.currentTimeMillis() / 1000);
        indicator.put("is_typing", e.typing());
        out.add(new Push("incoming_typing_indicator", RtmFrames.json(p), Target.IN_CHAT, t.id(), agentOf(t),
                t.departmentId(), byAgent ? author : null));
    }

    /** queue_positions_updated: an array payload (§5.6), one entry per changed thread. */
    private void queuePosition(List<Push> out, DomainEvent.QueuePosition e) {
        Inquiry inquiry = e.inquiry();
        s.chatReader().thread(inquiry.threadId()).ifPresent(t -> {
            ObjectNode entry = Wire.object();
            entry.put("chat_id", t.chatId());
            entry.put("thread_id", t.id());
            ObjectNode queue = entry.putObject("queue");
            queue.put("position", e.spot());
            queue.put("wait_time", e.estimatedWaitSeconds() == null ? 0 : e.estimatedWaitSeconds());
            if (inquiry.queuedAt() != null) queue.put("queued_at", Times.format(inquiry.queuedAt()));
            out.add(new Push("queue_positions_updated", RtmFrames.json(Wire.array().add(entry)), Target.SEES_CHAT,
                    t.id(), agentOf(t), t.departmentId()));
        });
    }

    private long groupId(String departmentId) {
        return departmentId == null ? 0 : s.chatReader().groupIds().getOrDefault(departmentId, 0L);
    }

    private static ObjectNode chatAndThread(Thread t) {
        ObjectNode p = Wire.object();
        p.put("chat_id", t.chatId());
        p.put("thread_id", t.id());
        return p;
    }

    private static Push push(String name, ObjectNode payload, Target target, Thread t) {
        return new Push(name, RtmFrames.json(payload), target, t.id(), agentOf(t), t.departmentId());
    }

    private static String agentOf(Thread t) { return t.agent() == null ? null : t.agent().id(); }
}
