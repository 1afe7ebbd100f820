package dev.switchboard.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules of uploads: size wording, name cleaning, media types, file ids. */
class FileRulesTest {

    @Test
    void sizes_are_worded_like_rocket_chats_filesize() {
        assertThat(SizeText.of(104_857_600)).isEqualTo("100 MB");
        assertThat(SizeText.of(1000)).isEqualTo("1000 B");
        assertThat(SizeText.of(0)).isEqualTo("0 B");
        assertThat(SizeText.of(1024)).isEqualTo("1 KB");
        assertThat(SizeText.of(1536)).isEqualTo("1.5 KB");
        assertThat(SizeText.of(1500)).isEqualTo("1.46 KB");
        assertThat(SizeText.of(5L << 30)).isEqualTo("5 GB");
    }

    @Test
    void names_keep_only_their_last_segment_without_control_characters() {
        assertThat(FileNames.clean("../../x")).isEqualTo("x");
        assertThat(FileNames.clean("..\\..\\windows\\evil.exe")).isEqualTo("evil.exe");
        assertThat(FileNames.clean("C:\\Users\\ann\\cat.png")).isEqualTo("cat.png");
        assertThat(FileNames.clean(" a\u0000b\r\nc\u202Egnp.exe ")).isEqualTo("abcgnp.exe");
        assertThat(FileNames.clean("Rechnung März.pdf")).isEqualTo("Rechnung März.pdf");
        for (String hopeless : new String[] {null, "", "   ", "..", "a/..", "dir/", "\u0000"}) {
            assertThatThrownBy(() -> FileNames.clean(hopeless)).as("'%s'", hopeless).isInstanceOf(Invalid.class)
                    .extracting(e -> ((Invalid) e).code()).isEqualTo("invalid-params");
        }
        assertThat(FileNames.clean("x".repeat(255))).hasSize(255);
        assertThatThrownBy(() -> FileNames.clean("x".repeat(256))).isInstanceOf(Invalid.class);
    }

    @Test
    void media_types_are_reduced_to_type_and_subtype_and_anything_else_is_an_octet_stream() {
        assertThat(FileNames.mediaType("Image/PNG")).isEqualTo("image/png");
        assertThat(FileNames.mediaType("text/plain; charset=utf-8")).isEqualTo("text/plain");
        assertThat(FileNames.mediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        for (String junk : new String[] {null, "", "png", "image/", "/png", "image/png/x", "text/html\r\nX: y", "a b/c"}) {
            assertThat(FileNames.mediaType(junk)).as("'%s'", junk).isEqualTo(FileNames.OCTET_STREAM);
        }
    }

    @Test
    void file_ids_are_24_base62_characters_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = FileIds.newId();
            assertThat(FileIds.isWellFormed(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
        }
        for (String bad : new String[] {null, "", "../../etc/passwd", "a".repeat(23), "a".repeat(25), "a".repeat(23) + "/"}) {
            assertThat(FileIds.isWellFormed(bad)).as("'%s'", bad).isFalse();
        }
    }
}
