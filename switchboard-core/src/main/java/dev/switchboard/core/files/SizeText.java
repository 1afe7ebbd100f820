package dev.switchboard.core.files;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A byte count as Rocket.Chat's {@code filesize()} words it in upload errors: powers of 1024 with
 * the symbols B, KB, MB, GB, TB, PB, at most two decimals, no trailing zeros ("100 MB", "1.5 KB",
 * "999 B"). Stateless.
 */
public final class SizeText {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private SizeText() {}

    public static String of(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("negative size " + bytes);
        int unit = 0;
        BigDecimal value = BigDecimal.valueOf(bytes);
        BigDecimal k = BigDecimal.valueOf(1024);
        while (value.compareTo(k) >= 0 && unit < UNITS.length - 1) {
            value = value.divide(k);
            unit++;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.toPlainString() + " " + UNITS[unit];
    }
}
