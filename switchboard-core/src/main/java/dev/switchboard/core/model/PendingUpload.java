package dev.switchboard.core.model;

import java.time.Instant;

/**
 * A file an agent uploaded through LiveChat's {@code upload_file} that no chat uses yet; its bytes
 * are already stored under {@code id}. Sending it in a chat turns it into an {@link UploadedFile} of
 * that thread. Immutable.
 *
 * @param type   the normalized media type, derived from the name (the SDK always declares octet-stream)
 * @param sha256 hex digest of the content (nullable)
 */
public record PendingUpload(String id, String uploaderId, String name, String type, long size, String sha256,
                            Instant createdAt) {

    /** The thread's file, posted by the uploader as an agent. */
    public UploadedFile inThread(String threadId) {
        return new UploadedFile(id, threadId, Event.AuthorKind.AGENT, uploaderId, name, type, size, sha256, createdAt);
    }
}
