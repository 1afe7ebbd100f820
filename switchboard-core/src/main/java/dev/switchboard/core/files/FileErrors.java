package dev.switchboard.core.files;

import dev.switchboard.core.error.Invalid;

/**
 * The codes of refused uploads, in the livechat vocabulary (rocketchat-livechat.md §3.5); each
 * carries upstream's English sentence as its reason, and the size error the limit's wording under
 * {@value #SIZE_ALLOWED} in its details. Adapters choose how to show them (Rocket.Chat's visitor
 * endpoint answers {@code {"reason": code, ...details}}). Stateless.
 */
public final class FileErrors {
    public static final String DISABLED = "error-file-upload-disabled";
    public static final String TYPE_NOT_ALLOWED = "error-type-not-allowed";
    public static final String SIZE_NOT_ALLOWED = "error-size-not-allowed";
    public static final String SIZE_ALLOWED = "sizeAllowed";

    private FileErrors() {}

    static Invalid disabled() { return new Invalid(DISABLED, "File upload is disabled"); }

    /** Whether the error is one of the refusals above. */
    public static boolean isRefusal(Invalid e) {
        return e.code().equals(DISABLED) || e.code().equals(TYPE_NOT_ALLOWED) || e.code().equals(SIZE_NOT_ALLOWED);
    }
}
