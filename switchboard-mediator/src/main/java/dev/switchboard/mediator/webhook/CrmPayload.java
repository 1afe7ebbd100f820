package dev.switchboard.mediator.webhook;

import dev.switchboard.core.files.FileLinks;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Thread;
import java.util.LinkedHashMap;
import java.util.Map;

/** The room, visitor, agent and message parts of the §11.3 CRM payload. Stateless. */
final class CrmPayload {
    private CrmPayload() {}

    static Map<String, Object> room(Thread t, Contact c) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("_id", t.id());
        b.put("label", t.name());
        b.put("createdAt", t.createdAt().toString());
        if (t.lastMessageAt() != null) b.put("lastMessageAt", t.lastMessageAt().toString());
        b.put("tags", t.tags());
        b.put("customFields", t.customFields());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("_id", c.id());
        v.put("token", c.token());
        v.put("name", c.name());
        v.put("username", c.username());
        v.put("department", c.departmentId());
        v.put("customFields", c.customFields());
        if (c.email() != null) v.put("email", java.util.List.of(Map.of("address", c.email())));
        if (c.phone() != null) v.put("phone", java.util.List.of(Map.of("phoneNumber", c.phone())));
        b.put("visitor", v);
        if (t.agent() != null) b.put("agent", Map.of("_id", t.agent().id(), "username", t.agent().username()));
        return b;
    }

    /**
     * {@code agentId} is present iff the sender is not the visitor, as upstream; a file message carries
     * {@code fileUpload} with a signed absolute link, as upstream's {@code normalizeMessageFileUpload}.
     */
    static Map<String, Object> message(Event e, Contact visitor, FileLinks links) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_id", e.id());
        m.put("username", e.author() == null ? visitor.username() : e.author().username());
        m.put("msg", e.text());
        m.put("ts", e.createdAt().toString());
        m.put("rid", e.threadId());
        if (e.authorKind() != Event.AuthorKind.CONTACT && e.author() != null) m.put("agentId", e.author().id());
        if (e.type() != null) m.put("t", e.type());
        if (e.editedAt() != null) m.put("editedAt", e.editedAt().toString());
        FileMessage.of(e).ifPresent(f -> m.put("fileUpload", Map.of("publicFilePath", links.publicPath(f.id(), f.name()),
                "type", f.type(), "size", f.size())));
        return m;
    }
}
