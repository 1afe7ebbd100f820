package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.api.rocketchat.render.AgentJson;
import dev.switchboard.api.rocketchat.render.InquiryJson;
import dev.switchboard.api.rocketchat.render.MessageJson;
import dev.switchboard.api.rocketchat.render.VisitorJson;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.livechat.InquiryView;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Inquiry;
import dev.switchboard.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * What each domain event looks like on Rocket.Chat's streams (rocketchat-livechat.md §5.5, §5.6).
 * The hub hands one event to many sessions on the same thread, one after the other, so the last
 * rendering is kept per thread and reused: an event is serialized once, not once per socket.
 * Thread-safe.
 */
final class StreamRenderer {
    private record Rendered(DomainEvent event, List<StreamEvent> streams) {}

    private final Settings settings;
    private final ThreadLocal<Rendered> last = new ThreadLocal<>();

    StreamRenderer(Settings settings) { this.settings = settings; }

    List<StreamEvent> render(DomainEvent event) {
        Rendered cached = last.get();
        if (cached != null && cached.event() == event) return cached.streams();
        List<StreamEvent> streams = renderFresh(event);
        last.set(new Rendered(event, streams));
        return streams;
    }

    private List<StreamEvent> renderFresh(DomainEvent event) {
        List<StreamEvent> out = new ArrayList<>(2);
        switch (event) {
            case DomainEvent.EventPosted e -> out.add(roomMessage(e.thread().id(), e.event()));
            case DomainEvent.EventEdited e -> out.add(roomMessage(e.thread().id(), e.event()));
            case DomainEvent.EventDeleted e -> out.add(new StreamEvent(StreamEvent.NOTIFY_ROOM,
                    e.thread().id() + "/deleteMessage", args(Obj.of("_id", e.eventId())), null));
            case DomainEvent.Typing e -> {
                var typist = new StreamEvent.Typist(e.by(), e.username());
                String rid = e.thread().id();
                out.add(new StreamEvent(StreamEvent.NOTIFY_ROOM, rid + "/typing", args(e.username(), e.typing()), typist));
                out.add(new StreamEvent(StreamEvent.NOTIFY_ROOM, rid + "/user-activity",
                        args(e.username(), e.typing() ? List.of("user-typing") : List.of()), typist));
            }
            case DomainEvent.AgentAssigned e -> {
                out.add(new StreamEvent(StreamEvent.LIVECHAT_ROOM, e.thread().id(),
                        args(Obj.of("type", "agentData", "data", AgentJson.of(e.agent(), settings))), null));
                out.add(queue(e.inquiry(), "removed"));
            }
            case DomainEvent.ThreadOpened e -> {
                if (e.inquiry().status() == Inquiry.InquiryStatus.QUEUED) out.add(queue(e.inquiry(), "inserted"));
            }
            case DomainEvent.QueuePosition e -> {
                Obj data = Obj.of("spot", e.spot());
                if (e.estimatedWaitSeconds() != null) data.with("estimatedWaitTimeSeconds", e.estimatedWaitSeconds());
                out.add(new StreamEvent(StreamEvent.LIVECHAT_ROOM, e.inquiry().threadId(),
                        args(Obj.of("type", "queueData", "data", data)), null));
            }
            case DomainEvent.ThreadClosed e -> {
                if (e.removedFromQueue() != null) out.add(queue(e.removedFromQueue(), "removed"));
            }
            case DomainEvent.InquiryRequeued e -> {
                // Upstream's unassignAgent: agentData without data tells the widget nobody serves it now.
                if (e.previousAgentId() != null) {
                    out.add(new StreamEvent(StreamEvent.LIVECHAT_ROOM, e.thread().id(), args(Obj.of("type", "agentData")), null));
                }
                out.add(queue(e.inquiry(), "inserted"));
            }
            case DomainEvent.HoldChanged e -> { }
            case DomainEvent.AgentStatusChanged e -> { }
            case DomainEvent.OfflineMessageLeft e -> { }
            case DomainEvent.RoomVisitorChanged e -> out.add(new StreamEvent(StreamEvent.LIVECHAT_ROOM, e.thread().id(),
                    args(Obj.of("type", "visitorData", "visitor", VisitorJson.of(e.visitor()))), null));
            case DomainEvent.AgentPresenceChanged e -> {
                // Upstream's notifyAgentStatusChanged: every open room of the agent, unless agent info is hidden.
                if (settings.bool("Livechat_show_agent_info")) {
                    String payload = args(Obj.of("type", "agentStatus", "status", e.agent().status().wireName()));
                    for (String rid : e.servedThreadIds()) out.add(new StreamEvent(StreamEvent.LIVECHAT_ROOM, rid, payload, null));
                }
            }
            case DomainEvent.RoutingRulesChanged e -> { }
            // The LiveChat v3.6 data events; agent typing reaches the widget through Typing instead.
            case DomainEvent.PropertiesChanged e -> { }
            case DomainEvent.ThreadTagChanged e -> { }
            case DomainEvent.CustomerUpdated e -> { }
            case DomainEvent.CustomerBanned e -> { }
            case DomainEvent.EventsSeen e -> { }
            case DomainEvent.AgentIndicator e -> { }
            case DomainEvent.Multicast e -> { }
            case DomainEvent.AgentLoggedOut e -> { }
            // LiveChat-only facts: Rocket.Chat clients see a transfer through its own events.
            case DomainEvent.UserAddedToChat e -> { }
            case DomainEvent.UserRemovedFromChat e -> { }
            case DomainEvent.ChatUnfollowed e -> { }
            case DomainEvent.RichMessagePostback e -> { }
            case DomainEvent.ChatTransferred e -> { }
        }
        return List.copyOf(out);
    }

    private static StreamEvent roomMessage(String rid, Event message) {
        return new StreamEvent(StreamEvent.ROOM_MESSAGES, rid, args(MessageJson.of(message)), null, message.isAgentsOnly());
    }

    /**
     * The agents' queue stream: event {@code public} for inquiries without a department, else
     * {@code department/<id>}; removals carry only {@code _id} and {@code clientAction}, as upstream.
     */
    private static StreamEvent queue(Inquiry inquiry, String clientAction) {
        Obj payload = "removed".equals(clientAction)
                ? Obj.of("_id", inquiry.id(), "rid", inquiry.threadId(), "clientAction", clientAction)
                : InquiryJson.full(new InquiryView(inquiry, null)).with("clientAction", clientAction);
        return new StreamEvent(StreamEvent.INQUIRY_QUEUE, queueEventName(inquiry.departmentId()), args(payload), null);
    }

    static String queueEventName(String departmentId) {
        return departmentId == null ? "public" : "department/" + departmentId;
    }

    private static String args(Object... values) { return Ejson.write(List.of(values)); }
}
