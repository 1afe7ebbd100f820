package dev.switchboard.core.livechat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The plain text of a conversation transcript: a heading, then one block per visible message, oldest
 * first, each headed by its time and author. System messages (joins, closes, commands, navigation)
 * and hidden events are left out, as in Rocket.Chat's transcript. Stateless.
 */
public final class TranscriptText {
    /** Rocket.Chat's English default subject and heading ({@code Transcript_of_your_livechat_conversation}). */
    public static final String DEFAULT_SUBJECT = "Transcript of your livechat conversation.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private TranscriptText() {}

    /**
     * @param events         the thread's events in any state of filtering, oldest first
     * @param visitor        the thread's contact: its messages carry its name
     * @param showAgentNames false (setting {@code Livechat_show_agent_info} off) writes "Agent" for every agent
     */
    public static String render(List<Event> events, Contact visitor, boolean showAgentNames) {
        StringBuilder b = new StringBuilder(DEFAULT_SUBJECT).append("\n\n");
        int shown = 0;
        for (Event e : events) {
            if (e.isSystem() || e.isHidden()) continue;
            b.append('[').append(TIME.format(e.createdAt())).append("] ").append(author(e, visitor, showAgentNames))
                    .append(":\n");
            // Indented continuation lines keep a multi-line message visibly one message.
            for (String line : (e.text() == null ? "" : e.text()).split("\\R", -1)) b.append("  ").append(line).append('\n');
            b.append('\n');
            shown++;
        }
        if (shown == 0) b.append("(no messages)\n");
        return b.toString();
    }

    private static String author(Event e, Contact visitor, boolean showAgentNames) {
        if (e.authorKind() == Event.AuthorKind.CONTACT) {
            String name = visitor.displayName();
            return name == null || name.isBlank() ? "Visitor" : name;
        }
        if (!showAgentNames) return "Agent";
        if (e.authorName() != null && !e.authorName().isBlank()) return e.authorName();
        return e.author() != null && e.author().username() != null ? e.author().username() : "Agent";
    }
}
