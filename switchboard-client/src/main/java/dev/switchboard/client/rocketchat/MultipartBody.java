package dev.switchboard.client.rocketchat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body (RFC 7578) built in memory, as a browser's {@code FormData}
 * sends it: the file name goes in the quoted {@code filename} parameter as UTF-8, with {@code "}
 * written {@code %22} and line breaks {@code %0A}/{@code %0D}. Not thread-safe.
 */
final class MultipartBody {
    private final String boundary = "----SwitchboardFormBoundary" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Adds a text field (nothing when {@code value} is null). */
    MultipartBody field(String name, String value) {
        if (value == null) return this;
        head("form-data; name=\"" + quote(name) + "\"", null);
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(crlf());
        return this;
    }

    /** Adds a file part; a null content type sends none. */
    MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        head("form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"", contentType);
        out.writeBytes(content);
        out.writeBytes(crlf());
        return this;
    }

    String contentType() { return "multipart/form-data; boundary=" + boundary; }

    /** The body with its closing boundary. */
    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private void head(String disposition, String contentType) {
        StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) h.append("Content-Type: ").append(contentType).append("\r\n");
        out.writeBytes(h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static byte[] crlf() { return new byte[] {'\r', '\n'}; }
}
