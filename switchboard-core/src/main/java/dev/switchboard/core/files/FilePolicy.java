package dev.switchboard.core.files;

import dev.switchboard.core.settings.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The upload rules as the settings currently say (read on every call, so a change applies to the
 * next upload). Setting ids and defaults are Rocket.Chat's ({@code apps/meteor/server/settings/file-upload.ts},
 * {@code omnichannel.ts}). Thread-safe.
 *
 * <p>{@value #MAX_FILE_SIZE}: bytes; 0 falls back to the default (as upstream's livechat upload
 * does) and a negative value means no limit (upstream's {@code -1}).
 * {@value #TYPE_WHITELIST} / {@value #TYPE_BLACKLIST}: comma-separated media types, each exact
 * ({@code application/pdf}) or a whole family ({@code image/*}); an empty white list allows every type
 * that the black list does not refuse.
 */
public final class FilePolicy {
    public static final String ENABLED = "FileUpload_Enabled";
    public static final String LIVECHAT_ENABLED = "Livechat_fileupload_enabled";
    public static final String MAX_FILE_SIZE = "FileUpload_MaxFileSize";
    public static final String TYPE_WHITELIST = "FileUpload_MediaTypeWhiteList";
    public static final String TYPE_BLACKLIST = "FileUpload_MediaTypeBlackList";
    public static final long DEFAULT_MAX_FILE_SIZE = 104_857_600L;

    private final Settings settings;

    public FilePolicy(Settings settings) { this.settings = settings; }

    /** Whether users (agents, managers) may upload. */
    public boolean enabled() { return settings.bool(ENABLED); }

    /** Whether visitors may upload: both switches on; also what {@code livechat/config} reports. */
    public boolean enabledForVisitors() { return enabled() && settings.bool(LIVECHAT_ENABLED); }

    /** The largest file accepted, in bytes; {@link Long#MAX_VALUE} when unlimited. */
    public long maxBytes() {
        long configured = settings.integer(MAX_FILE_SIZE);
        if (configured == 0) return DEFAULT_MAX_FILE_SIZE;
        return configured < 0 ? Long.MAX_VALUE : configured;
    }

    /** The limit as Rocket.Chat words it in {@code sizeAllowed} ("100 MB"). */
    public String maxSizeText() {
        long max = maxBytes();
        return max == Long.MAX_VALUE ? "unlimited" : SizeText.of(max);
    }

    /** Whether a normalized media type may be uploaded: not black-listed and, if there is a white list, on it. */
    public boolean allows(String type) {
        if (matchesAny(type, entries(TYPE_BLACKLIST))) return false;
        List<String> white = entries(TYPE_WHITELIST);
        return white.isEmpty() || matchesAny(type, white);
    }

    private List<String> entries(String id) {
        return Arrays.stream(settings.string(id).split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static boolean matchesAny(String type, List<String> patterns) {
        for (String p : patterns) {
            if (p.equals(type) || p.equals("*") || p.equals("*/*")) return true;
            if (p.endsWith("/*") && type.startsWith(p.substring(0, p.length() - 1))) return true;
        }
        return false;
    }
}
