package dev.switchboard.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * An upload request's body as the adapter decodes it (a multipart form for Rocket.Chat), read once
 * and as it arrives, so that the service can check the file's name and type before taking in its
 * content, and stream that content into storage. Not thread-safe.
 */
public interface UploadForm {

    /** The declared length of the whole body, or -1 when not declared; lets a hopeless body be refused unread. */
    long declaredLength();

    /**
     * Reads the whole form. The file part (at most one) is handed to {@code receiver} while its
     * content is still arriving; the receiver must consume it before returning.
     *
     * @return the text fields, by name (the first value of a repeated name)
     * @throws dev.switchboard.core.error.Invalid {@code invalid-params} for a malformed form
     * @throws IOException                        the body could not be read
     */
    Map<String, String> read(FileReceiver receiver) throws IOException;

    /** Takes in the file part. */
    interface FileReceiver {
        /**
         * @param fileName    the name the uploader gave (raw, nullable)
         * @param contentType the part's declared {@code Content-Type} (raw, nullable)
         * @param content     the part's content, ending where the part ends
         */
        void receive(String fileName, String contentType, InputStream content) throws IOException;
    }
}
