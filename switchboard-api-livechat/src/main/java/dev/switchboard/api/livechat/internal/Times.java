package dev.switchboard.api.livechat.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * LiveChat times (§2.5): emitted in UTC with exactly six fractional digits
 * ({@code 2020-05-07T07:11:28.288340Z}); read as RFC 3339 with any number of fractional digits and
 * {@code Z} or an offset (P12), where the SDK's zero time {@code 0001-01-01T00:00:00Z} means "not set".
 */
public final class Times {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");

    private Times() {}

    /** The wire form; null stays null (a time is omitted or null, never {@code ""}). */
    public static String format(Instant t) { return t == null ? null : OUT.format(t.truncatedTo(ChronoUnit.MICROS)); }

    /** The instant, or empty when the text is not an RFC 3339 time with a zone. */
    public static Optional<Instant> parse(String text) {
        try {
            Instant t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return Optional.of(t);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether a parsed time is the SDK's "not set". */
    public static boolean isZero(Instant t) { return t == null || !t.isAfter(ZERO); }
}
