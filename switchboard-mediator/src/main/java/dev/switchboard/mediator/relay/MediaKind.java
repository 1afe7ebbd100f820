package dev.switchboard.mediator.relay;

import java.util.Locale;

/**
 * The media kind of a {@code fileUpload} by the prefix of its MIME type (live-agents-mediator.md §9.4):
 * {@code image/}, {@code video/}, {@code audio/}, anything else (or no type) a document.
 */
public enum MediaKind {
    IMAGE, VIDEO, AUDIO, DOCUMENT;

    /** @param mimeType nullable; compared case-insensitively, parameters ({@code ;charset=}) ignored */
    public static MediaKind of(String mimeType) {
        if (mimeType == null) return DOCUMENT;
        String t = mimeType.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("image/")) return IMAGE;
        if (t.startsWith("video/")) return VIDEO;
        if (t.startsWith("audio/")) return AUDIO;
        return DOCUMENT;
    }

    /** The lower-case name, as written in outbox items ({@code image}, ..., {@code document}). */
    public String label() { return name().toLowerCase(Locale.ROOT); }
}
