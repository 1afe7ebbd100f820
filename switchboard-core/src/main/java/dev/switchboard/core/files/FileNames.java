package dev.switchboard.core.files;

import dev.switchboard.core.error.Invalid;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans what an uploader says about a file. The name is only ever shown and offered as a download
 * name (files are stored under their id), but it is still reduced to its last path segment without
 * control characters, so that no client is tempted to write {@code ../../x} somewhere. The media
 * type is reduced to {@code type/subtype}; anything unreadable becomes
 * {@code application/octet-stream}, which is always served as a download. Stateless.
 */
public final class FileNames {
    /** Longest name kept, in characters; most file systems stop at 255 bytes. */
    public static final int MAX_NAME_LENGTH = 255;
    public static final String OCTET_STREAM = "application/octet-stream";
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private FileNames() {}

    /**
     * @return the last segment of {@code raw} (after any {@code /} or {@code \}), without control
     *         or bidirectional-override characters, trimmed
     * @throws Invalid {@code invalid-params} when nothing usable is left (empty, only dots) or it is
     *                 longer than {@value #MAX_NAME_LENGTH} characters
     */
    public static String clean(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isFormatting(c)).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new Invalid("invalid-params", "'file' must have a file name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new Invalid("invalid-params", "The file name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    /** The media type of a part's {@code Content-Type} (nullable), lower case, parameters dropped. */
    public static String mediaType(String contentType) {
        if (contentType == null) return OCTET_STREAM;
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : OCTET_STREAM;
    }

    /** The lower-case extension of a name ("" without one): Rocket.Chat's {@code format}. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Bidirectional overrides and other invisible formatting can disguise a name ("gpj.exe"). */
    private static boolean isFormatting(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
