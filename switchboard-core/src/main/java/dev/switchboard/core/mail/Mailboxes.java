package dev.switchboard.core.mail;

import java.util.regex.Pattern;

/**
 * E-mail address checks and mailbox text, shared by every use case that mails someone. The address
 * rule is deliberately simple (something@domain.tld, no spaces, no brackets, no quotes, no commas, at
 * most 254 characters): it accepts what visitors type and refuses anything that could smuggle a second
 * recipient or a header into a mail. Stateless.
 */
public final class Mailboxes {
    /** RFC 5321's limit on a forward path. */
    public static final int MAX_ADDRESS_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\.]+(\\.[^\\s@<>()\\[\\],;:\"\\\\.]+)+");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t\\u0000-\\u001f\\u007f\\u2028\\u2029]+");

    private Mailboxes() {}

    /** Whether {@code text} is one plain address such as {@code ann@example.com}. */
    public static boolean isAddress(String text) {
        return text != null && text.length() <= MAX_ADDRESS_LENGTH && ADDRESS.matcher(text).matches();
    }

    /**
     * The mailbox {@code "Display Name" <address>}, quoting the name so that commas, quotes or angle
     * brackets in it stay part of the name; just the address when the name is null or blank.
     *
     * @param address a plain address ({@link #isAddress})
     */
    public static String of(String displayName, String address) {
        if (displayName == null || displayName.isBlank()) return address;
        String name = oneLine(displayName).replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + name + "\" <" + address + ">";
    }

    /** The text on one line: any run of line breaks and control characters becomes one space. */
    public static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
