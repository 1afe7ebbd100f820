package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.livechat.InquiryView;
import dev.switchboard.core.model.Inquiry;

/** Inquiries, in full (§4.1) or in the {@code inquiries.list} projection (§4.2). */
public final class InquiryJson {
    private InquiryJson() {}

    public static Obj full(InquiryView view) {
        Inquiry i = view.inquiry();
        var c = view.contact();
        return Obj.of("_id", i.id(), "rid", i.threadId(), "name", i.name(), "ts", i.createdAt(), "message", "",
                "status", i.status().wireName(),
                "v", c == null ? null : Obj.of("_id", c.id(), "username", c.username(), "token", c.token(), "status", c.status()),
                "t", "l", "department", i.departmentId(), "priorityWeight", 99, "estimatedWaitingTimeQueue", 9999999,
                "source", Obj.of("type", i.sourceType()), "queuedAt", i.queuedAt(), "takenAt", i.takenAt(),
                "defaultAgent", i.defaultAgentId() == null ? null : Obj.of("agentId", i.defaultAgentId()),
                "_updatedAt", i.updatedAt());
    }

    public static Obj listed(InquiryView view) {
        Inquiry i = view.inquiry();
        return Obj.of("_id", i.id(), "rid", i.threadId(), "name", i.name(), "ts", i.createdAt(),
                "status", i.status().wireName(), "department", i.departmentId());
    }
}
