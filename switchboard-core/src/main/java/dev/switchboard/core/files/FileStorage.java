package dev.switchboard.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the bytes of uploaded files live (the server keeps them under its data directory). An
 * upload first lands in temporary storage and becomes visible under its id only by
 * {@link Pending#commit}, an atomic step; so a failed or refused upload leaves nothing behind.
 * Implementations are thread-safe.
 */
public interface FileStorage {

    /**
     * Copies {@code content} to its end into temporary storage, never holding the whole of it in
     * memory, and hashes it on the way.
     *
     * @param maxBytes more than this many bytes is refused while streaming
     * @throws TooLarge   after the first byte past {@code maxBytes}; nothing is kept
     * @throws IOException reading or writing failed; nothing is kept
     */
    Pending receive(InputStream content, long maxBytes) throws IOException;

    /** The content of a committed file, empty when there is none under that id. The caller closes it. */
    Optional<InputStream> open(String fileId) throws IOException;

    /** Removes a committed file; nothing happens when there is none. */
    void delete(String fileId) throws IOException;

    /** Received content waiting in temporary storage. Not thread-safe. */
    interface Pending extends AutoCloseable {
        long size();

        /** Hex SHA-256 of the content. */
        String sha256();

        /** Makes the content the file {@code fileId}, atomically. At most once. */
        void commit(String fileId) throws IOException;

        /** Drops the temporary content unless it was committed; never throws. */
        @Override
        void close();
    }

    /** The content was longer than allowed. */
    final class TooLarge extends IOException {
        public TooLarge(long maxBytes) { super("content larger than " + maxBytes + " bytes", null); }
    }
}
