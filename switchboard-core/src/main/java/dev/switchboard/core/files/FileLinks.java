package dev.switchboard.core.files;

import dev.switchboard.core.store.Store;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Public links to uploaded files (live-agents-mediator.md §9.4): an absolute URL to the download route
 * {@code /file-upload/<id>/<name>} carrying {@code ?token=<expires>.<signature>}, where {@code expires}
 * is in epoch seconds and the signature is the base64url HMAC-SHA256 of {@code <id>.<expires>} under a
 * cluster-wide key. Anyone holding the link may download the file until it expires, with no other
 * credentials, which is what RapidPro, Facebook and CRM receivers need; the name is not signed, as the
 * route ignores it. The key is created once per cluster and kept in the database
 * ({@link dev.switchboard.core.store.NodeSecretStore}), so every node signs and accepts the same links
 * and restarts keep them valid. Immutable, thread-safe.
 */
public final class FileLinks {
    /** The {@code node_secrets} name of the signing key. */
    public static final String SECRET_NAME = "file-links.hmac-sha256";
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    private final Supplier<String> base;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param secret the key, base64url
     * @param base   the absolute URL links start with (scheme, host, port), read at each signing because a
     *               node bound to port 0 learns its URL only once it listens; a trailing slash is dropped
     * @param ttl    how long a link works after it is made
     */
    public FileLinks(String secret, Supplier<String> base, Clock clock, Duration ttl) {
        this.key = new SecretKeySpec(Base64.getUrlDecoder().decode(secret), ALGORITHM);
        this.base = base;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Reads the cluster's key, creating it first if this is the first node ever started on the database. */
    public static FileLinks load(Store store, Supplier<String> base, Clock clock, Duration ttl) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        return new FileLinks(store.write(tx -> tx.nodeSecrets().putIfAbsent(SECRET_NAME, candidate)), base, clock, ttl);
    }

    /** The download path of a file relative to the server; the name is one percent-encoded path segment. */
    public static String path(String fileId, String name) {
        return "/file-upload/" + fileId + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An absolute, signed link to the file that works without credentials for the configured lifetime. */
    public String publicPath(String fileId, String name) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        String root = base.get();
        if (root.endsWith("/")) root = root.substring(0, root.length() - 1);
        return root + path(fileId, name) + "?token=" + expires + "." + signature(fileId, expires);
    }

    /** Whether {@code token} (the link's {@code token} parameter; null allowed) opens {@code fileId} now. */
    public boolean permits(String fileId, String token) {
        if (token == null) return false;
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 19) return false;
        long expires;
        try {
            expires = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] expected = signature(fileId, expires).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so response times tell nothing about how much of a signature was right.
        boolean signed = MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed && clock.instant().getEpochSecond() < expires;
    }

    private String signature(String fileId, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] sig = mac.doFinal((fileId + "." + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
