package dev.switchboard.api.livechat.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatEventService;
import dev.switchboard.core.files.FileMessage;
import dev.switchboard.core.model.Event;
import java.util.Map;

/**
 * Events in LiveChat's shape (§3.7): the common fields, then the fields the type's SDK converter
 * requires (C39). Rocket.Chat's own system events ({@code livechat-started}, transfers, closes, …)
 * are system messages whose {@code system_message_type} is the Rocket.Chat type; file messages are
 * {@code file} events; an event posted through this API keeps the LiveChat payload it was sent with.
 */
public final class EventJson {
    /** Types whose whole payload lives in the event's LiveChat attribute (§3.7.1). */
    private static final java.util.Set<String> LIVECHAT_ONLY = java.util.Set.of("rich_message", "filled_form", "custom");
    /** LiveChat attribute keys rendered as common fields, not as payload. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("type", "custom_id", "properties", "postbacks");

    private EventJson() {}

    /** @param baseUrl the server's URL for file links, without a trailing slash */
    public static ObjectNode of(Event e, String baseUrl) {
        Map<String, Object> lc = e.livechat();
        ObjectNode n = Wire.object();
        n.put("id", e.id());
        if (lc.get("custom_id") instanceof String customId) n.put("custom_id", customId);
        n.put("created_at", Times.format(e.createdAt()));
        n.put("visibility", e.isAgentsOnly() ? "agents" : "all");
        Object properties = lc.get("properties");
        if (properties instanceof Map<?, ?> p && !p.isEmpty()) n.set("properties", Wire.MAPPER.valueToTree(p));
        var file = FileMessage.of(e);
        if (e.isSystem()) {
            n.put("type", "system_message");
            n.put("text", e.text() == null ? "" : e.text());
            Object systemType = lc.get("system_message_type");
            n.put("system_message_type", systemType instanceof String s ? s
                    : ChatEventService.SYSTEM_TYPE.equals(e.type()) ? "system" : e.type());
            if (lc.get("text_vars") instanceof Map<?, ?> vars) n.set("text_vars", Wire.MAPPER.valueToTree(vars));
        } else if (file.isPresent()) {
            n.put("author_id", authorId(e));
            n.put("type", "file");
            FileMessage f = file.get();
            n.put("name", f.name());
            n.put("url", fileUrl(baseUrl, f.id(), f.name()));
            n.put("content_type", f.type());
            n.put("size", f.size());
        } else if (lc.get("type") instanceof String type && LIVECHAT_ONLY.contains(type)) {
            n.put("author_id", authorId(e));
            n.put("type", type);
            lc.forEach((key, value) -> {
                if (!COMMON.contains(key)) n.set(key, Wire.MAPPER.valueToTree(value));
            });
        } else {
            n.put("author_id", authorId(e));
            n.put("type", "message");
            n.put("text", e.text() == null ? "" : e.text());
            if (lc.get("postback") instanceof Map<?, ?> postback) n.set("postback", Wire.MAPPER.valueToTree(postback));
        }
        return n;
    }

    /** The download URL of a file: {@code <base>/file-upload/<id>/<name>}, the Rocket.Chat file route. */
    public static String fileUrl(String baseUrl, String fileId, String name) {
        return baseUrl + "/file-upload/" + fileId + "/"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A contact's messages are authored by the contact id (the LiveChat customer id). */
    private static String authorId(Event e) {
        return e.author() == null ? null : e.author().id();
    }
}
