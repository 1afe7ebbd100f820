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
    private final InputStream body;

    public MultipartForm(String contentType, long contentLength, InputStream body) {
        this.contentType = contentType;
        this.contentLength = contentLength;
        this.body = body;
    }

    /** The form of a request; its body is read only by {@link #read}. */
    public static MultipartForm of(Context ctx) throws IOException {
        return new MultipartForm(ctx.header("Content-Type"), ctx.req().getContentLengthLong(), ctx.req().getInputStream());
    }

    @Override
    public long declaredLength() { return contentLength; }

    @Override
    public Map<String, String> read(FileReceiver receiver) throws IOException {
        MultipartReader reader = new MultipartReader(body, MultipartReader.boundary(contentType));
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
        byte[] scratch = new byte[64 * 1024];
        long budget = DRAIN_LIMIT;
        try {
            for (int n; budget > 0 && (n = body.read(scratch)) > 0; ) budget -= n;
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
