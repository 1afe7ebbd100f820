package dev.switchboard.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * Something posted in a thread: a message by a contact or an agent, or a system message. Events are
 * ordered by a per-thread sequence number assigned by the store.
 *
 * @param type       null for an ordinary message; otherwise the system type ({@code livechat-started},
 *                   {@code livechat-close}, {@code command}, {@code uj}, ...)
 * @param author     who posted it; for system events, the user or contact the event is about (nullable)
 * @param authorKind who the author is
 * @param authorName nullable
 * @param token      the contact token, only on a contact's own messages (nullable)
 * @param alias      the contact's name on a contact's own messages (nullable)
 * @param attributes extra fields of system events (for example {@code transcriptRequested}); never null.
 *                   {@value #HIDDEN}{@code = true} marks an event kept for the record but shown nowhere
 *                   (Rocket.Chat's {@code _hidden}): left out of history and never pushed
 * @param editedAt   nullable
 */
public record Event(
        String id,
        String threadId,
        long seq,
        String type,
        String text,
        UserRef author,
        AuthorKind authorKind,
        String authorName,
        String token,
        String alias,
        Map<String, Object> attributes,
        Instant createdAt,
        Instant updatedAt,
        Instant editedAt) {

    public Event {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The attribute that hides an event from history and realtime pushes (see {@link #isHidden}). */
    public static final String HIDDEN = "_hidden";

    /**
     * The attribute that keeps an event from the contact (LiveChat {@code visibility: "agents"}):
     * only agents see it, in every API.
     */
    public static final String AGENTS_ONLY = "_agentsOnly";

    /**
     * The attribute holding what only the LiveChat v3.6 view of an event has, as a map in LiveChat's
     * wire names: {@code custom_id}, {@code properties}, and the payload of event types Rocket.Chat has
     * no form for ({@code rich_message}, {@code filled_form}, {@code custom}, {@code system}).
     */
    public static final String LIVECHAT = "livechat";

    public boolean isSystem() { return type != null; }

    /** Whether only agents may see the event (attribute {@value #AGENTS_ONLY} is {@code true}). */
    public boolean isAgentsOnly() { return Boolean.TRUE.equals(attributes.get(AGENTS_ONLY)); }

    /** The LiveChat-only part of the event (attribute {@value #LIVECHAT}); empty when it has none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> livechat() {
        Object value = attributes.get(LIVECHAT);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** Whether the event is kept only for the record (attribute {@value #HIDDEN} is {@code true}). */
    public boolean isHidden() { return Boolean.TRUE.equals(attributes.get(HIDDEN)); }

    public Event withSeq(long newSeq) {
        return new Event(id, threadId, newSeq, type, text, author, authorKind, authorName, token, alias,
                attributes, createdAt, updatedAt, editedAt);
    }

    /** The same event with a new text and attributes, edited at {@code at}; id, author and time stay. */
    public Event edited(String newText, Map<String, Object> newAttributes, Instant at) {
        return new Event(id, threadId, seq, type, newText, author, authorKind, authorName, token, alias,
                newAttributes, createdAt, at, at);
    }

    /** The same event with other attributes (LiveChat event properties): not an edit, so no edit time. */
    public Event withAttributes(Map<String, Object> newAttributes, Instant at) {
        return new Event(id, threadId, seq, type, text, author, authorKind, authorName, token, alias,
                newAttributes, createdAt, at, editedAt);
    }

    /** Who wrote an event. */
    public enum AuthorKind { CONTACT, AGENT, SYSTEM }
}
