package dev.switchboard.core.files;

import dev.switchboard.core.error.Invalid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Takes in an upload form: checks the file's name and type before its content, streams the content
 * into temporary storage within the size limit, and collects the text fields. Whatever goes wrong,
 * the temporary content is dropped before the error leaves. Thread-safe (stateless per call).
 */
final class UploadReceiver {
    /** What a form may carry besides the file (part headers, text fields); a larger declared body is refused unread. */
    static final long FORM_OVERHEAD = 1L << 20;

    private final FileStorage storage;
    private final FilePolicy policy;

    UploadReceiver(FileStorage storage, FilePolicy policy) {
        this.storage = storage;
        this.policy = policy;
    }

    /**
     * The received file, waiting in temporary storage until {@link FileStorage.Pending#commit}; closing
     * drops it unless committed.
     */
    record Received(FileStorage.Pending content, String name, String type, Map<String, String> fields)
            implements AutoCloseable {
        String field(String name) { return fields.get(name); }

        @Override
        public void close() { content.close(); }
    }

    /**
     * @throws Invalid {@code error-type-not-allowed}, {@code error-size-not-allowed} (details:
     *                 {@code sizeAllowed}), or {@code invalid-params} for a form without exactly one
     *                 non-empty file
     */
    Received receive(UploadForm form) {
        long max = policy.maxBytes();
        long declared = form.declaredLength();
        if (declared > 0 && max <= Long.MAX_VALUE - FORM_OVERHEAD && declared > max + FORM_OVERHEAD) throw tooLarge();
        var file = new Object() {
            FileStorage.Pending content;
            String name;
            String type;
        };
        try {
            Map<String, String> fields = form.read((fileName, contentType, content) -> {
                if (file.content != null) throw new Invalid("invalid-params", "Just 1 file is allowed");
                String name = FileNames.clean(fileName);
                String type = FileNames.mediaType(contentType);
                if (!policy.allows(type)) throw typeNotAllowed();
                file.content = storage.receive(content, max);
                file.name = name;
                file.type = type;
            });
            if (file.content == null) throw new Invalid("invalid-params", "must have required property 'file'");
            if (file.content.size() == 0) throw new Invalid("invalid-params", "'file' must not be empty");
            return new Received(file.content, file.name, file.type, Map.copyOf(fields));
        } catch (FileStorage.TooLarge e) {
            drop(file.content);
            throw tooLarge();
        } catch (IOException e) {
            drop(file.content);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            drop(file.content);
            throw e;
        }
    }

    private static void drop(FileStorage.Pending pending) {
        if (pending != null) pending.close();
    }

    private Invalid tooLarge() {
        String allowed = policy.maxSizeText();
        return new Invalid(FileErrors.SIZE_NOT_ALLOWED, "File exceeds allowed size of " + allowed + ".",
                Map.of(FileErrors.SIZE_ALLOWED, allowed));
    }

    private static Invalid typeNotAllowed() {
        return new Invalid(FileErrors.TYPE_NOT_ALLOWED, "File type is not accepted.");
    }
}
