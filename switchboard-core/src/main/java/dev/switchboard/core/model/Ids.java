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

    private static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        return new String(out);
    }
}
