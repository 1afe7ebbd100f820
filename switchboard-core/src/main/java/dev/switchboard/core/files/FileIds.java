package dev.switchboard.core.files;

import java.security.SecureRandom;

/**
 * Ids of uploaded files: 24 characters of base 62 from {@link SecureRandom}, about 142 random bits.
 * Unlike message ids they are also the only thing in a download link that a stranger would have to
 * guess (Rocket.Chat's CVE-2026-48616 class of bug: guessable file ids plus a missing access check), so
 * they must not be enumerable; they are also safe as a file name on any file system. Thread-safe.
 */
public final class FileIds {
    public static final int LENGTH = 24;
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FileIds() {}

    public static String newId() {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        return new String(out);
    }

    /** Whether {@code id} could be one of ours: checked before it goes near a path or a query. */
    public static boolean isWellFormed(String id) {
        if (id == null || id.length() != LENGTH) return false;
        for (int i = 0; i < LENGTH; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) return false;
        }
        return true;
    }
}
