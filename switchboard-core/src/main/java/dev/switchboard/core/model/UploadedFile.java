package dev.switchboard.core.model;

import java.time.Instant;

/**
 * A file someone posted into a thread, as recorded in the store; the bytes live in a
 * {@code FileStorage} under the same id. Immutable.
 *
 * @param id           unguessable: at least 128 random bits (see {@code FileIds}), so that a link
 *                     cannot be found by counting or guessing
 * @param threadId     the thread whose visitor and agents may download it
 * @param uploaderKind {@link Event.AuthorKind#CONTACT} or {@link Event.AuthorKind#AGENT}
 * @param uploaderId   the contact's or the user's id
 * @param name         the display name, already cleaned of paths and control characters
 * @param type         the normalized media type ({@code type/subtype}, lower case, no parameters)
 * @param size         in bytes
 * @param sha256       hex digest of the content (nullable for records written without one)
 */
public record UploadedFile(
        String id,
        String threadId,
        Event.AuthorKind uploaderKind,
        String uploaderId,
        String name,
        String type,
        long size,
        String sha256,
        Instant createdAt) {

    /** Whether browsers render it as an image (Rocket.Chat's test: the type starts with {@code image/}). */
    public boolean isImage() { return type.startsWith("image/"); }
}
