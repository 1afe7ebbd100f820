package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.files.UploadForm;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Rocket.Chat upload body ({@code multipart/form-data} with the file in field {@code file}) as the
 * core reads it: streamed from the request, the file part handed over as it arrives. Text fields
 * are bounded ({@value #MAX_FIELD_BYTES} bytes each, {@value #MAX_PARTS} parts) and must be free of
 * NUL characters. A file under another field name, or a {@code file} part that is not a file, is
 * refused at once rather than read to its end. Not thread-safe; one per request.
 */
public final class MultipartForm implements UploadForm {
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_PARTS = 32;
    /** How much of a refused body is still read, so that its sender gets to read the answer. */
    private static final long DRAIN_LIMIT = 8L << 20;
    private final String contentType;
    private final long contentLength;
    private final Body body;
    private final boolean expectsContinue;
    private boolean started;

    /** Where the body comes from, opened only when it is read. */
    @FunctionalInterface
    public interface Body {
        InputStream open() throws IOException;
    }

    /**
     * @param expectsContinue whether the client waits for {@code 100 Continue} before sending the body
     *                        (curl does for large bodies): the servlet container sends it when the body is
     *                        first opened, so a refusal before {@link #read} neither opens nor drains it, and
     *                        the client never sends it
     */
    public MultipartForm(String contentType, long contentLength, Body body, boolean expectsContinue) {
        this.contentType = contentType;
        this.contentLength = contentLength;
        this.body = body;
        this.expectsContinue = expectsContinue;
    }

    /** The form of a request; its body is opened only by {@link #read} (or {@link #drain}). */
    public static MultipartForm of(Context ctx) {
        return new MultipartForm(ctx.header("Content-Type"), ctx.req().getContentLengthLong(), () -> ctx.req().getInputStream(),
                "100-continue".equalsIgnoreCase(ctx.header("Expect")));
    }

    @Override
    public long declaredLength() { return contentLength; }

    @Override
    public Map<String, String> read(FileReceiver receiver) throws IOException {
        started = true;
        MultipartReader reader = new MultipartReader(body.open(), MultipartReader.boundary(contentType));
        Map<String, String> fields = new LinkedHashMap<>();
        int parts = 0;
        for (MultipartReader.Part part; (part = reader.next()) != null; ) {
            if (++parts > MAX_PARTS) throw Params.invalid("A form of at most " + MAX_PARTS + " parts is allowed");
            Params.noNul("field name", part.name());
            boolean isFileField = part.name().equals("file");
            if (part.fileName() != null && !isFileField) {
                throw Params.invalid("'" + part.name() + "' is not a file field: send the file as 'file'");
            }
            if (part.fileName() == null && isFileField) throw Params.mustBe("file", "a file (a part with a filename)");
            if (isFileField) {
                receiver.receive(part.fileName(), part.contentType(), part.content());
            } else {
                fields.putIfAbsent(part.name(), Params.noNul(part.name(), text(part)));
            }
        }
        return fields;
    }

    /**
     * Reads and drops what is left of the body, up to a bound: a client still sending would otherwise
     * see its connection reset instead of our answer. Never throws.
     */
    public void drain() {
        // Reading now would ask the waiting client for the very body we refused.
        if (expectsContinue && !started) return;
        byte[] scratch = new byte[64 * 1024];
        long budget = DRAIN_LIMIT;
        try {
            InputStream in = body.open();
            for (int n; budget > 0 && (n = in.read(scratch)) > 0; ) budget -= n;
        } catch (IOException | RuntimeException unreadable) {
            // Nothing more to drain; the answer is sent regardless.
        }
    }

    private static String text(MultipartReader.Part part) throws IOException {
        byte[] value = part.content().readNBytes(MAX_FIELD_BYTES + 1);
        if (value.length > MAX_FIELD_BYTES) throw Params.mustBe(part.name(), "at most " + MAX_FIELD_BYTES + " bytes");
        return new String(value, StandardCharsets.UTF_8);
    }
}
