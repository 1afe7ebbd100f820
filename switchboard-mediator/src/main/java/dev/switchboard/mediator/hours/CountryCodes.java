package dev.switchboard.mediator.hours;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 alpha-3 → alpha-2 (live-agents-mediator.md §7.7): department names carry {@code GTM},
 * business-hours files and URLs {@code gt}. Built from the JDK's table; configured overrides win.
 * Immutable, thread-safe.
 */
public final class CountryCodes {
    private static final Map<String, String> ISO = iso();
    private final Map<String, String> overrides;

    /** @param overrides alpha-3 (upper case) → alpha-2 */
    public CountryCodes(Map<String, String> overrides) { this.overrides = Map.copyOf(overrides); }

    /** The alpha-2 code (lower case) of an alpha-3 code, any case; also accepts an alpha-2 code as is. */
    public Optional<String> alpha2(String code) {
        if (code == null) return Optional.empty();
        String upper = code.toUpperCase(Locale.ROOT);
        if (overrides.containsKey(upper)) return Optional.of(overrides.get(upper));
        if (upper.length() == 2 && upper.chars().allMatch(Character::isLetter)) return Optional.of(upper.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(ISO.get(upper));
    }

    private static Map<String, String> iso() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            m.put(Locale.of("", a2).getISO3Country(), a2.toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(m);
    }
}
