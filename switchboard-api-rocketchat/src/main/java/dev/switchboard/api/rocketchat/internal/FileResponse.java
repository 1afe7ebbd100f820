package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.files.FileAccess;
import dev.switchboard.core.model.UploadedFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Sends an uploaded file: streamed (never whole in memory), with headers that keep a hostile upload
 * harmless. The type is the stored one and {@code nosniff} stops browsers from guessing another; only
 * raster images are shown inline, everything else (SVG, HTML, PDF, ...) is a download; a
 * {@code sandbox}ed, {@code default-src 'none'} content security policy keeps even an opened document
 * from running scripts or loading anything; nothing is cached by shared caches and no referrer leaves
 * (links may carry tokens). The name is given both as an ASCII fallback and RFC 8187 encoded. Stateless.
 */
public final class FileResponse {
    /** Shown inline: images browsers decode without running anything. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "image/avif");
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

    private FileResponse() {}

    public static void send(Context ctx, FileAccess.Download download) throws IOException {
        UploadedFile file = download.file();
        try (InputStream in = download.content()) {
            var res = ctx.res();
            res.setStatus(200);
            res.setContentType(file.type());
            res.setContentLengthLong(file.size());
            res.setHeader("Content-Disposition", disposition(INLINE.contains(file.type()) ? "inline" : "attachment", file.name()));
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            res.setHeader("Cache-Control", "private, max-age=3600");
            res.setHeader("Referrer-Policy", "no-referrer");
            // Written past Javalin's result handling, so that no compression or buffering touches it.
            OutputStream out = res.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded>}. */
    static String disposition(String kind, String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        // RFC 8187 allows fewer characters than URLEncoder leaves alone: '*' must be encoded too.
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
