package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.model.Contact;
import java.util.List;

/** A contact as a Rocket.Chat visitor object (rocketchat-livechat.md §3.2). */
public final class VisitorJson {
    private VisitorJson() {}

    public static Obj of(Contact c) {
        return Obj.of(
                "_id", c.id(), "username", c.username(), "status", c.status(), "ts", c.createdAt(),
                "_updatedAt", c.updatedAt(), "name", c.name(), "token", c.token(),
                "phone", c.phone() == null ? null : List.of(Obj.of("phoneNumber", c.phone())),
                "visitorEmails", c.email() == null ? null : List.of(Obj.of("address", c.email())),
                "department", c.departmentId(),
                "livechatData", c.customFields().isEmpty() ? null : c.customFields(),
                "lastChat", c.lastThreadId() == null ? null : Obj.of("_id", c.lastThreadId(), "ts", c.lastThreadAt()));
    }

    /**
     * The visitor as the widget keeps it ({@code guest} of {@code livechat/config}, {@code visitor} of
     * {@code livechat:registerGuest}).
     */
    public static Obj guest(Contact c) {
        return Obj.of("_id", c.id(), "name", c.name(), "username", c.username(), "token", c.token(),
                "department", c.departmentId(),
                "visitorEmails", c.email() == null ? null : List.of(Obj.of("address", c.email())));
    }

    /** The room's {@code v} sub-object. */
    public static Obj roomVisitor(Contact c, boolean open) {
        return Obj.of("_id", c.id(), "username", c.username(), "token", c.token(),
                "status", open ? c.status() : "offline");
    }
}
