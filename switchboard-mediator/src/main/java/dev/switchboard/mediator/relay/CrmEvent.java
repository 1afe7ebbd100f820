package dev.switchboard.mediator.relay;

import java.util.List;
import java.util.Map;

/**
 * The part of a Rocket.Chat CRM webhook payload (live-agents-mediator.md §11.3) the relay reads,
 * whether it arrived over HTTP at {@code sendMessageToClient} or was built from Switchboard's own
 * domain event (§5.3). Immutable.
 *
 * @param visitorUsername nullable
 * @param agent           nullable: {@code agent}, else {@code servedBy}
 */
public record CrmEvent(String type, String token, String visitorUsername, Agent agent, List<Item> messages) {
    public CrmEvent {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** The agent serving the room. */
    public record Agent(String id, String username, String name) {}

    /**
     * One message of the payload.
     *
     * @param agentId    present iff an agent (not the visitor) sent it
     * @param t          the system type, null for an ordinary message
     * @param editedAt   nullable
     * @param fileUpload nullable
     */
    public record Item(String id, String username, String msg, String agentId, String t, String editedAt,
                       boolean closingMessage, FileUpload fileUpload) {}

    /**
     * A file of a message: an absolute URL (from a webhook) or Switchboard's own file id (from its events),
     * its MIME type and, when known, its name.
     */
    public record FileUpload(String publicFilePath, String type, String fileId, String name) {}

    /** Reads a decoded JSON payload; fields of the wrong type count as absent. */
    public static CrmEvent parse(Map<?, ?> body) {
        Map<?, ?> visitor = map(body.get("visitor"));
        Map<?, ?> agent = map(body.get("agent") != null ? body.get("agent") : body.get("servedBy"));
        List<Item> items = new java.util.ArrayList<>();
        if (body.get("messages") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> m = map(o);
                Map<?, ?> file = map(m.get("fileUpload"));
                items.add(new Item(text(m.get("_id")), text(m.get("username")), text(m.get("msg")), text(m.get("agentId")),
                        text(m.get("t")), text(m.get("editedAt")), Boolean.TRUE.equals(m.get("closingMessage")),
                        file.isEmpty() ? null : new FileUpload(text(file.get("publicFilePath")), text(file.get("type")),
                                null, null)));
            }
        }
        return new CrmEvent(text(body.get("type")), text(visitor.get("token")), text(visitor.get("username")),
                agent.isEmpty() ? null : new Agent(text(agent.get("_id")), text(agent.get("username")), text(agent.get("name"))),
                items);
    }

    private static Map<?, ?> map(Object o) { return o instanceof Map<?, ?> m ? m : Map.of(); }

    private static String text(Object o) {
        if (o instanceof String s) return s;
        return o instanceof Number || o instanceof Boolean ? o.toString() : null;
    }
}
