package dev.switchboard.api.rocketchat.render;

import dev.switchboard.api.rocketchat.internal.Obj;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.model.Event;
import java.util.List;

/** An event as a Rocket.Chat message (rocketchat-livechat.md §3.5), with its file if it carries one ({@link FileJson}). */
public final class MessageJson {
    private MessageJson() {}

    public static Obj of(Event e) {
        Obj u = e.author() == null ? null : Obj.of("_id", e.author().id(), "username", e.author().username(), "name", e.authorName());
        Obj m = Obj.of("_id", e.id(), "rid", e.threadId(), "msg", e.text(), "t", e.type(), "token", e.token(),
                "alias", e.alias(), "ts", e.createdAt(), "u", u, "_updatedAt", e.updatedAt(), "editedAt", e.editedAt());
        e.attributes().forEach((key, value) -> {
            // LiveChat's own part of an event is not Rocket.Chat's to show (see Event#LIVECHAT).
            if (!key.equals(FileMessage.ATTRIBUTE) && !key.equals(Event.LIVECHAT)) m.with(key, value);
        });
        if (!e.isSystem()) {
            m.with("urls", List.of()).with("mentions", List.of()).with("channels", List.of())
                    .with("md", List.of(Obj.of("type", "PARAGRAPH",
                            "value", List.of(Obj.of("type", "PLAIN_TEXT", "value", e.text())))));
        }
        FileMessage.of(e).ifPresent(f -> FileJson.addTo(m, f));
        return m;
    }
}
