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

    public boolean isSystem() { return type != null; }

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

    /** Who wrote an event. */
    public enum AuthorKind { CONTACT, AGENT, SYSTEM }
}
