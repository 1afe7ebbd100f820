package dev.switchboard.api.rocketchat.widget;

import dev.switchboard.api.rocketchat.internal.ServerUrl;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the widget app where its server is, as Rocket.Chat does ({@code addServerUrlToIndex},
 * rocketchat-livechat.md §6.3): {@code <script> SERVER_URL = '<url>'; </script>} right after
 * {@code <body>}. The app reads {@code window.SERVER_URL} before anything else. Stateless.
 */
final class IndexPage {
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private IndexPage() {}

    /** @param serverUrl without a trailing slash; any character that could end the string or the script is escaped */
    static String withServerUrl(String indexHtml, String serverUrl) {
        String script = "<script> SERVER_URL = '" + jsString(serverUrl) + "'; </script>";
        Matcher body = BODY.matcher(indexHtml);
        if (!body.find()) return script + indexHtml;
        return indexHtml.substring(0, body.end()) + script + indexHtml.substring(body.end());
    }

    /** Keeps URL characters as they are and writes every other one as {@code \\uXXXX}. */
    static String jsString(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ":/.-_~%?#[]@!$()*+,;=".indexOf(c) >= 0;
            out.append(plain ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
