package dev.switchboard.mediator.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPartsTest {

    @Test
    void a_1500_character_message_splits_at_whitespace_into_parts_of_at_most_640_code_points_holding_every_word() {
        // Checklist 23.
        String text = ("palabra ".repeat(187) + "fin").strip();
        List<String> parts = TextParts.split(text, 640);
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(TextParts.length(p)).isLessThanOrEqualTo(640));
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void a_part_without_whitespace_is_cut_hard_and_never_inside_a_surrogate_pair() {
        String emoji = "😀".repeat(700);
        List<String> parts = TextParts.split(emoji, 640);
        assertThat(parts).extracting(TextParts::length).containsExactly(640, 60);
        assertThat(String.join("", parts)).isEqualTo(emoji);
    }
}
