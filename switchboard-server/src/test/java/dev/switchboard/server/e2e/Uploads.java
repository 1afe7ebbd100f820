package dev.switchboard.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Test files and probes of what an upload left on disk. */
final class Uploads {
    private Uploads() {}

    /** A real PNG of a few hundred bytes. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) for (int y = 0; y < 12; y++) image.setRGB(x, y, x * 0x100F00 + y * 0x10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF-looking file of {@code size} bytes whose every byte value occurs (binary-safe transfer). */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    /** Every committed upload on the node's disk (the files directly under {@code uploads/}). */
    static List<Path> stored(TestServer server) { return list(server.dataDir().resolve("uploads")); }

    /** Temporary upload files left behind ({@code uploads/tmp/}). */
    static List<Path> temporary(TestServer server) { return list(server.dataDir().resolve("uploads").resolve("tmp")); }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The download link of a file message ({@code attachments[0].title_link}). */
    static String link(JsonNode message) { return message.at("/attachments/0/title_link").asText(); }
}
