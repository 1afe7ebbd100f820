package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.livechat.RoomView;
import dev.switchboard.core.model.Thread;

/**
 * A thread as a Rocket.Chat livechat room (rocketchat-livechat.md §3.3). A closed room has no
 * {@code open} key at all (upstream unsets it) and carries the close fields; a room whose visitor
 * answered the survey carries {@code surveyFeedback: [{name, value}]}.
 */
public final class RoomJson {
    private RoomJson() {}

    public static Obj of(RoomView view) {
        Thread t = view.thread();
        Obj room = Obj.of("_id", t.id(), "msgs", t.messageCount(), "usersCount", t.agent() == null ? 1 : 2,
                "lm", t.lastMessageAt(), "fname", t.name(), "t", "l", "ts", t.createdAt(),
                "departmentId", t.departmentId(), "v", VisitorJson.roomVisitor(view.contact(), t.isOpen()),
                "cl", false);
        if (t.isOpen()) room.with("open", true);
        room.with("waitingResponse", t.isOpen() && t.agent() == null ? true : null)
                .with("source", Obj.of("type", t.source().type(), "destination", t.source().destination()))
                .with("queuedAt", t.createdAt()).with("priorityWeight", 99).with("estimatedWaitingTimeQueue", 9999999)
                .with("_updatedAt", t.updatedAt());
        if (t.agent() != null) {
            room.with("servedBy", Obj.of("_id", t.agent().id(), "username", t.agent().username(), "ts", t.agent().since()));
        }
        if (t.onHold()) room.with("onHold", true);
        if (!t.tags().isEmpty()) room.with("tags", t.tags());
        if (!t.customFields().isEmpty()) room.with("livechatData", t.customFields());
        if (view.survey() != null) {
            room.with("surveyFeedback", view.survey().items().stream().map(i -> Obj.of("name", i.name(), "value", i.value())).toList());
        }
        if (view.department() != null) {
            room.with("department", Obj.of("_id", view.department().id(), "name", view.department().name()));
        }
        if (!t.isOpen()) {
            room.with("closedAt", t.closedAt()).with("closer", t.closer())
                    .with("closedBy", t.closedBy() == null ? null : Obj.of("_id", t.closedBy().id(), "username", t.closedBy().username()))
                    .with("metrics", Obj.of("chatDuration", (t.closedAt().toEpochMilli() - t.createdAt().toEpochMilli()) / 1000.0));
        }
        return room;
    }
}
