package dev.switchboard.mediator.relay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaKindTest {
    @Test
    void media_kinds_follow_the_mime_prefix_and_everything_else_is_a_document() {
        // Checklist 22 (§9.4): image/, video/, audio/, anything else (or no type at all) = document.
        assertThat(MediaKind.of("image/png")).isEqualTo(MediaKind.IMAGE);
        assertThat(MediaKind.of("IMAGE/JPEG; charset=x")).isEqualTo(MediaKind.IMAGE);
        assertThat(MediaKind.of("image/svg+xml")).isEqualTo(MediaKind.IMAGE);
        assertThat(MediaKind.of("video/webm")).isEqualTo(MediaKind.VIDEO);
        assertThat(MediaKind.of("audio/mpeg")).isEqualTo(MediaKind.AUDIO);
        assertThat(MediaKind.of("application/pdf")).isEqualTo(MediaKind.DOCUMENT);
        assertThat(MediaKind.of("text/plain")).isEqualTo(MediaKind.DOCUMENT);
        assertThat(MediaKind.of("application/imagex")).isEqualTo(MediaKind.DOCUMENT);
        assertThat(MediaKind.of("")).isEqualTo(MediaKind.DOCUMENT);
        assertThat(MediaKind.of(null)).isEqualTo(MediaKind.DOCUMENT);
        assertThat(MediaKind.DOCUMENT.label()).isEqualTo("document");
    }
}
