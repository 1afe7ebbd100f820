package dev.switchboard.mediator.relay;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an agent's text into parts RapidPro accepts (live-agents-mediator.md §9.2): at most
 * {@code max} code points each, cut at the last whitespace before the limit, or hard at the limit
 * when a part has none; never inside a surrogate pair. Stateless.
 */
public final class TextParts {
    private TextParts() {}

    public static int length(String text) { return text.codePointCount(0, text.length()); }

    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (length(rest) > max) {
            int limit = rest.offsetByCodePoints(0, max);
            int cut = limit;
            for (int i = limit; i > 0; i--) {
                if (Character.isWhitespace(rest.charAt(i))) {
                    cut = i;
                    break;
                }
            }
            String part = rest.substring(0, cut).stripTrailing();
            if (part.isEmpty()) {
                part = rest.substring(0, limit);
                cut = limit;
            }
            parts.add(part);
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) parts.add(rest);
        return parts;
    }
}
