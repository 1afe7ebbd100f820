package dev.switchboard.api.rocketchat.widget;

/**
 * The picture answered at {@code /avatar/:username} (rocketchat-livechat.md §6.4 rule 6): the
 * upper-cased initial of the name on a colour picked from the name, so one person keeps one colour.
 * Switchboard stores no avatar images; the widget shows this next to agent messages. Stateless.
 */
final class AvatarSvg {
    private static final String[] COLOURS = {
        "#1d74f5", "#f5455c", "#2de0a5", "#ffd21f", "#f38c39", "#9ea2a8", "#6c5ce7", "#00b894", "#e84393", "#0984e3"};

    private AvatarSvg() {}

    static String of(String username) {
        String name = username == null ? "" : username.strip();
        int first = name.isEmpty() ? '?' : name.codePointAt(0);
        String initial = Character.isLetterOrDigit(first) ? new String(Character.toChars(Character.toUpperCase(first))) : "?";
        String colour = COLOURS[Math.floorMod(name.hashCode(), COLOURS.length)];
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" width=\"200\" height=\"200\">"
                + "<rect width=\"200\" height=\"200\" fill=\"" + colour + "\"/>"
                + "<text x=\"50%\" y=\"50%\" dy=\".35em\" text-anchor=\"middle\" fill=\"#ffffff\""
                + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"110\">" + xml(initial) + "</text></svg>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
