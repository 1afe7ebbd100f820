package dev.switchboard.api.rocketchat.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.switchboard.core.error.Invalid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming reader of {@code multipart/form-data} (RFC 7578, RFC 2046 §5.1): one part at a time,
 * each part's content an {@link InputStream} that ends at the part's boundary, so that a file can
 * go to disk as it arrives instead of into memory. Part headers are bounded
 * ({@value #MAX_HEADER_BYTES} bytes) and so is a preamble; malformed input is an
 * {@code invalid-params} error. Not thread-safe.
 */
final class MultipartReader {
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Text before the first boundary that is skipped; a body without a boundary this early is malformed. */
    static final int MAX_PREAMBLE_BYTES = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    /**
     * One part.
     *
     * @param name        the form field's name
     * @param fileName    the file name as sent (null when the part is not a file)
     * @param contentType the part's {@code Content-Type} (nullable)
     * @param content     its content, valid until the next call of {@link #next}
     */
    record Part(String name, String fileName, String contentType, InputStream content) {}

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    /** Whether the reader is inside content (a part's, or the preamble before the first boundary). */
    private boolean inContent = true;
    /** {@code buf[pos, contentEnd)} is known to be content. */
    private int contentEnd;
    /** Whether the delimiter starts at {@code contentEnd}. */
    private boolean delimiterAtEnd;
    private boolean done;
    /** Counts parts, so that the content stream of an earlier part reads nothing of a later one. */
    private int partNumber;

    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(ISO_8859_1);
        // A virtual line break before the body lets the first boundary match like every later one.
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /**
     * The boundary of a {@code multipart/form-data} content type.
     *
     * @throws Invalid {@code invalid-params} for any other content type or a missing or malformed boundary
     */
    static String boundary(String contentType) {
        Invalid notMultipart = Params.invalid("The body must be multipart/form-data with a boundary");
        if (contentType == null) throw notMultipart;
        int semicolon = contentType.indexOf(';');
        if (semicolon < 0 || !contentType.substring(0, semicolon).strip().equalsIgnoreCase("multipart/form-data")) {
            throw notMultipart;
        }
        String boundary = HeaderParams.parse(contentType.substring(semicolon)).get("boundary");
        // RFC 2046: 1 to 70 characters, printable ASCII.
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70
                || !boundary.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw notMultipart;
        }
        return boundary;
    }

    /** The next part, or null after the closing boundary. The previous part's unread content is skipped. */
    Part next() throws IOException {
        if (done) return null;
        skipContent(partNumber == 0 ? MAX_PREAMBLE_BYTES : Long.MAX_VALUE);
        int c = readByte();
        if (c == '-') {
            if (readByte() != '-') throw malformed("a boundary is followed by neither a line break nor '--'");
            done = true;
            return null;
        }
        while (c == ' ' || c == '\t') c = readByte();
        if (c != '\r' || readByte() != '\n') throw malformed("a boundary is not followed by a line break");
        Map<String, String> headers = readHeaders();
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed("a part has no 'Content-Disposition: form-data'");
        }
        Map<String, String> params = HeaderParams.parse(disposition);
        String name = params.get("name");
        if (name == null) throw malformed("a part has no name");
        String fileName = params.containsKey("filename*") ? HeaderParams.extValue(params.get("filename*")) : params.get("filename");
        inContent = true;
        contentEnd = pos;
        delimiterAtEnd = false;
        return new Part(name, fileName, headers.get("content-type"), new PartContent(++partNumber));
    }

    /** Discards an unread rest of a part (already bounded by whoever read it), or the preamble. */
    private void skipContent(long max) throws IOException {
        byte[] scratch = new byte[8192];
        long skipped = 0;
        for (int n; (n = readContent(scratch, 0, scratch.length)) >= 0; ) {
            skipped += n;
            if (skipped > max) throw malformed("no boundary in its first " + max + " bytes");
        }
    }

    /** Reads content of the current part; -1 at its end, when the boundary has been consumed. */
    private int readContent(byte[] b, int off, int len) throws IOException {
        if (!inContent) return -1;
        if (len == 0) return 0;
        while (true) {
            if (pos < contentEnd) {
                int n = Math.min(len, contentEnd - pos);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
            if (delimiterAtEnd) {
                pos += delimiter.length;
                inContent = false;
                delimiterAtEnd = false;
                return -1;
            }
            if (!scan() && !fill()) throw malformed("the body ends before its closing boundary");
        }
    }

    /** Finds how far the buffer holds content; false when that needs more bytes. */
    private boolean scan() {
        int at = indexOfDelimiter();
        if (at >= 0) {
            contentEnd = at;
            delimiterAtEnd = true;
            return true;
        }
        // Bytes that might begin a delimiter stay until more arrive.
        int safe = lim - (delimiter.length - 1);
        if (safe <= pos) return false;
        contentEnd = safe;
        return true;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= lim - delimiter.length; i++) {
            if (buf[i] != delimiter[0]) continue;
            for (int j = 1; j < delimiter.length; j++) if (buf[i + j] != delimiter[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Moves what is unread to the front and reads more; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            contentEnd -= pos;
            pos = 0;
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) return false;
        lim += n;
        return true;
    }

    private int readByte() throws IOException {
        // After a successful fill there is at least one byte: it only runs with an emptied buffer.
        if (pos == lim && !fill()) return -1;
        return buf[pos++] & 0xff;
    }

    /** Header lines up to the empty line, names in lower case; the bytes are read as UTF-8, as browsers send them. */
    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int c = readByte();
            if (c < 0) throw malformed("the body ends inside part headers");
            if (++total > MAX_HEADER_BYTES) throw Params.invalid("Part headers longer than " + MAX_HEADER_BYTES + " bytes");
            if (c != '\n') {
                line.write(c);
                continue;
            }
            String text = line.toString(UTF_8);
            line.reset();
            if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
            if (text.isEmpty()) return headers;
            int colon = text.indexOf(':');
            if (colon <= 0) throw malformed("a part header has no name");
            headers.putIfAbsent(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip());
        }
    }

    private static Invalid malformed(String why) { return Params.invalid("Malformed multipart body: " + why); }

    /** The content of the current part. */
    private final class PartContent extends InputStream {
        private final int number;

        PartContent(int number) { this.number = number; }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            return number == partNumber ? readContent(b, off, len) : -1;
        }
    }
}
