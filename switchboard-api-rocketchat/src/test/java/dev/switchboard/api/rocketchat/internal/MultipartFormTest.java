package dev.switchboard.api.rocketchat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.Invalid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming multipart reader on bodies that arrive in awkward pieces: content full of line breaks,
 * dashes and near-boundaries, split anywhere across reads; names in every encoding browsers use.
 */
class MultipartFormTest {
    private static final String B = "----WebKitFormBoundaryx7Gm2Rd";

    /** What a receiver saw. */
    private record Received(String name, String type, byte[] content) {}

    @Test
    void content_with_boundary_look_alikes_survives_any_split_of_the_body() throws IOException {
        byte[] tricky = tricky();
        byte[] body = body(filePart("file", "t.bin", "application/octet-stream", tricky), textPart("description", "d\r\n--x"));
        for (int piece : new int[] {1, 2, 3, 7, 64, 4096, 65_536, body.length}) {
            List<Received> seen = new ArrayList<>();
            Map<String, String> fields = read(new Trickle(new ByteArrayInputStream(body), piece), seen);
            assertThat(seen).as("pieces of %d", piece).hasSize(1);
            assertThat(seen.get(0).content()).as("pieces of %d", piece).isEqualTo(tricky);
            assertThat(fields).isEqualTo(Map.of("description", "d\r\n--x"));
        }
    }

    @Test
    void a_large_random_file_arrives_intact() throws IOException {
        byte[] content = new byte[3_000_000];
        new Random(42).nextBytes(content);
        List<Received> seen = new ArrayList<>();
        read(new Trickle(new ByteArrayInputStream(body(filePart("file", "r.bin", null, content))), 10_007), seen);
        assertThat(seen.get(0).content()).isEqualTo(content);
        assertThat(seen.get(0).type()).isNull();
    }

    @Test
    void file_names_are_read_as_browsers_send_them() throws IOException {
        assertThat(nameOf("filename=\"Rechnung März.pdf\"")).isEqualTo("Rechnung März.pdf");
        assertThat(nameOf("filename=\"C:\\Users\\ann\\a.png\"")).isEqualTo("C:\\Users\\ann\\a.png");
        assertThat(nameOf("filename=\"say %22hi%22.txt\"")).isEqualTo("say %22hi%22.txt");
        assertThat(nameOf("filename=\"a\\\"b.txt\"")).isEqualTo("a\"b.txt");
        assertThat(nameOf("filename=plain.txt")).isEqualTo("plain.txt");
        assertThat(nameOf("filename=\"fallback.txt\"; filename*=UTF-8''%E2%82%AC%20rates.txt")).isEqualTo("€ rates.txt");
    }

    @Test
    void a_preamble_and_transport_padding_are_skipped_and_an_epilogue_ignored() throws IOException {
        String body = "This is a preamble.\r\n--" + B + "  \t\r\nContent-Disposition: form-data; name=\"msg\"\r\n\r\nhi\r\n--" + B
                + "--\r\nepilogue";
        assertThat(read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), new ArrayList<>()))
                .isEqualTo(Map.of("msg", "hi"));
    }

    @Test
    void a_body_ending_early_is_malformed() {
        byte[] body = body(filePart("file", "a.txt", "text/plain", "abc".getBytes()));
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 10);
        assertThatThrownBy(() -> read(new ByteArrayInputStream(cut), new ArrayList<>())).isInstanceOf(Invalid.class)
                .hasMessageContaining("Malformed multipart body");
    }

    private static String nameOf(String dispositionParams) throws IOException {
        String body = "--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; " + dispositionParams + "\r\n\r\nx\r\n--" + B + "--\r\n";
        List<Received> seen = new ArrayList<>();
        read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), seen);
        return seen.get(0).name();
    }

    private static Map<String, String> read(InputStream in, List<Received> seen) throws IOException {
        return new MultipartForm("multipart/form-data; boundary=\"" + B + "\"", -1, () -> in, false)
                .read((name, type, content) -> seen.add(new Received(name, type, content.readAllBytes())));
    }

    /** Line breaks, dashes, the boundary without its line break, and the delimiter less its last byte. */
    private static byte[] tricky() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String delimiter = "\r\n--" + B;
        for (int i = 0; i < 500; i++) {
            out.writeBytes(("\r\n--" + B.substring(0, i % B.length()) + "\r\n\r\n-- " + "--" + B + " "
                    + delimiter.substring(0, delimiter.length() - 1) + "X").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\r\n\r".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        out.writeBytes(("--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] filePart(String name, String fileName, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] filePart(String name, String fileName, String type, String content) {
        return filePart(name, fileName, type, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] textPart(String name, String value) {
        return ("--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Hands out at most {@code piece} bytes per read, as a slow network would. */
    private static final class Trickle extends FilterInputStream {
        private final int piece;

        Trickle(InputStream in, int piece) {
            super(in);
            this.piece = piece;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException { return super.read(b, off, Math.min(len, piece)); }
    }
}
