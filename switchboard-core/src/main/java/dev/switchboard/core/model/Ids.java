package dev.switchboard.core.model;

import java.security.SecureRandom;

/**
 * Opaque id generation. Ids look like Rocket.Chat's so that clients validating their shape accept
 * them: 17 base-62 characters for most records, 24 hex digits (ObjectId-like) for inquiries.
 * Thread-safe.
 */
public final class Ids {
    private static final char[] BASE62 =
            "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz01IOUVl".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** A new 17-character id. */
    public static String newId() { return random(BASE62, 17); }

    /** A new 24-hex-digit id. */
    public static String newHexId() { return random(HEX, 24); }

    /** A new secret token: 43 URL-safe characters (256 bits). */
    public static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * Draws the random bytes in one call, not one call per character: the generator is shared and
     * synchronized, and routing mints two ids per assignment by the ten thousand. A byte is used only
     * below the largest multiple of the alphabet's size (rejection), so every character stays equally likely.
     */
    private static String random(char[] alphabet, int length) {
        int n = alphabet.length;
        int accept = 256 - 256 % n;
        char[] out = new char[length];
        byte[] bytes = new byte[length + length / 2 + 4];
        int filled = 0;
        while (filled < length) {
            RANDOM.nextBytes(bytes);
            for (int i = 0; i < bytes.length && filled < length; i++) {
                int b = bytes[i] & 0xff;
                if (b < accept) out[filled++] = alphabet[b % n];
            }
        }
        return new String(out);
    }
}
