package dev.switchboard.core.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.Event.AuthorKind;
import dev.switchboard.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a transcript reads: visible messages only, oldest first, each with its UTC time and author. */
class TranscriptTextTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00.123Z");
    private static final Contact ANN = new Contact("c1", "secret-token", "guest-1", "Ann", "ann@example.com", null, null,
            Map.of(), "online", null, null, T, T);

    @Test
    void messages_appear_in_order_with_time_and_author_and_system_messages_are_left_out() {
        List<Event> events = List.of(
                system("livechat-started", "", 0),
                message(AuthorKind.CONTACT, "Ann", "guest-1", "Hello, my order is late", 1),
                system("command", "connected", 2),
                system("uj", "alice", 2),
                message(AuthorKind.AGENT, "Alice Agent", "alice", "Let me check", 65),
                system("livechat-close", "Solved", 120));

        String text = TranscriptText.render(events, ANN, true);

        assertThat(text).isEqualTo("""
                Transcript of your livechat conversation.

                [2024-05-01 10:00:01 UTC] Ann:
                  Hello, my order is late

                [2024-05-01 10:01:05 UTC] Alice Agent:
                  Let me check

                """);
    }

    @Test
    void hidden_events_are_left_out_and_multi_line_messages_stay_one_indented_block() {
        Event hidden = new Event("h", "t1", 3, null, "navigation", new UserRef("c1", "guest-1"), AuthorKind.CONTACT,
                "Ann", null, null, Map.of(Event.HIDDEN, true), T, T, null);
        String text = TranscriptText.render(List.of(message(AuthorKind.CONTACT, null, "guest-1", "line one\nline two\r\nline three", 5),
                hidden), ANN, true);

        assertThat(text).contains("] Ann:\n  line one\n  line two\n  line three\n").doesNotContain("navigation");
    }

    @Test
    void agent_names_are_hidden_when_agent_info_is_off() {
        String text = TranscriptText.render(List.of(message(AuthorKind.AGENT, "Alice Agent", "alice", "Hi", 1)), ANN, false);

        assertThat(text).contains("] Agent:\n  Hi\n").doesNotContain("Alice").doesNotContain("alice");
    }

    @Test
    void an_agent_without_a_name_shows_its_username_and_a_nameless_visitor_its_username() {
        Contact nameless = new Contact("c1", "secret-token", "guest-7", null, null, null, null, Map.of(), "online", null, null, T, T);
        String text = TranscriptText.render(List.of(message(AuthorKind.AGENT, null, "alice", "Hi", 1),
                message(AuthorKind.CONTACT, null, "guest-7", "Hey", 2)), nameless, true);

        assertThat(text).contains("] alice:\n  Hi\n").contains("] guest-7:\n  Hey\n");
    }

    @Test
    void a_room_without_visible_messages_says_so_and_never_shows_the_visitor_token() {
        String text = TranscriptText.render(List.of(system("livechat-started", "", 0)), ANN, true);

        assertThat(text).isEqualTo("Transcript of your livechat conversation.\n\n(no messages)\n").doesNotContain("secret-token");
    }

    private static Event message(AuthorKind kind, String name, String username, String text, int seconds) {
        Instant at = T.plusSeconds(seconds);
        return new Event("m" + seconds, "t1", seconds, null, text, new UserRef("u-" + username, username), kind, name,
                kind == AuthorKind.CONTACT ? "secret-token" : null, null, Map.of(), at, at, null);
    }

    private static Event system(String type, String text, int seconds) {
        Instant at = T.plusSeconds(seconds);
        return new Event("s" + type + seconds, "t1", seconds, type, text, new UserRef("u1", "alice"), AuthorKind.AGENT,
                null, null, null, Map.of(), at, at, null);
    }
}
