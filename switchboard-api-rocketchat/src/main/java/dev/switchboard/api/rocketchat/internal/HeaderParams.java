package dev.switchboard.api.rocketchat.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ; key=value} parameters of a header such as {@code Content-Type} or
 * {@code Content-Disposition}. Values may be tokens or quoted strings. In a quoted string only
 * {@code \"} is an escape: browsers send a backslash in a file name as it is (and a quote as
 * {@code %22}). Stateless.
 */
final class HeaderParams {
    private HeaderParams() {}

    /** Parameters by lower-case name (the first of a repeated name); the text before the first {@code ;} is ignored. */
    static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = header.indexOf(';');
        if (i < 0) return out;
        int n = header.length();
        while (i < n) {
            while (i < n && (header.charAt(i) == ';' || Character.isWhitespace(header.charAt(i)))) i++;
            int keyStart = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') i++;
            String key = header.substring(keyStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || header.charAt(i) == ';') {
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(header.charAt(i))) i++;
            StringBuilder value = new StringBuilder();
            boolean quoted = i < n && header.charAt(i) == '"';
            if (quoted) {
                for (i++; i < n && header.charAt(i) != '"'; i++) {
                    if (header.charAt(i) == '\\' && i + 1 < n && header.charAt(i + 1) == '"') i++;
                    value.append(header.charAt(i));
                }
                i++;
            } else {
                while (i < n && header.charAt(i) != ';') value.append(header.charAt(i++));
            }
            if (!key.isEmpty()) out.putIfAbsent(key, quoted ? value.toString() : value.toString().strip());
        }
        return out;
    }

    /**
     * The value of an RFC 8187 extended parameter ({@code UTF-8''%e2%82%ac%20rates.txt}); a value not in
     * that form is returned as it is.
     */
    static String extValue(String raw) {
        int first = raw.indexOf('\'');
        int second = first < 0 ? -1 : raw.indexOf('\'', first + 1);
        if (second < 0) return raw;
        Charset charset;
        try {
            charset = Charset.forName(raw.substring(0, first).strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            charset = StandardCharsets.UTF_8;
        }
        String encoded = raw.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(charset);
    }

    private static int hex(char c) { return Character.digit(c, 16); }
}
