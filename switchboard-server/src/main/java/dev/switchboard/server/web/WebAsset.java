package dev.switchboard.server.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * One static file held in memory: its bytes, their gzip form (sent when the client accepts it and it
 * is smaller), its content type and a strong ETag. Files are revalidated on every use
 * ({@code no-cache}) so a new server version is picked up at once, while unchanged files cost a 304.
 * Immutable.
 */
record WebAsset(byte[] body, byte[] gzipped, String contentType, String etag) {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "json", "application/json", "mp3", "audio/mpeg", "wav", "audio/wav", "ico", "image/x-icon");

    static boolean isSafeName(String name) {
        if (name.contains("..") || name.contains("\\") || name.contains("//")) return false;
        for (String part : name.split("/")) if (part.isEmpty() || part.startsWith(".")) return false;
        return TYPES.containsKey(extension(name));
    }

    static Optional<WebAsset> load(String resource) {
        try (InputStream in = WebAsset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            byte[] body = in.readAllBytes();
            return Optional.of(new WebAsset(body, gzip(body), TYPES.get(extension(resource)), etag(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeTo(Context ctx) {
        // The type goes on the 304 too: a browser updates its cached headers from the 304, and a default
        // text/plain there plus nosniff makes it refuse the cached script on the next reload.
        ctx.header("Cache-Control", "no-cache").header("ETag", etag).header("Vary", "Accept-Encoding")
                .header("X-Content-Type-Options", "nosniff").contentType(contentType);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        String accepts = ctx.header("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip") && gzipped.length < body.length) {
            ctx.header("Content-Encoding", "gzip").result(gzipped);
        } else {
            ctx.result(body);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
