package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.error.Invalid;

/** Builds the {@code invalid-params} errors of parameter validation (rocketchat-livechat.md §1.9 rule 3). */
public final class Params {
    /**
     * The largest limit of simultaneous chats accepted (agent or department): beyond any real team,
     * and well inside every integer type the limit passes through.
     */
    public static final long MAX_SIMULTANEOUS_CHATS = 1_000_000;

    private Params() {}

    public static Invalid missing(String name) {
        return new Invalid("invalid-params", "must have required property '" + name + "'");
    }

    public static Invalid mustBe(String name, String type) {
        return new Invalid("invalid-params", "'" + name + "' must be " + type);
    }

    public static Invalid invalid(String message) { return new Invalid("invalid-params", message); }

    /** @return the date, unless it lies beyond what epoch milliseconds (the store's unit) can hold */
    public static java.time.Instant storable(java.time.Instant date, String name) {
        try {
            date.toEpochMilli();
            return date;
        } catch (ArithmeticException outOfRange) {
            throw mustBe(name, "a representable date");
        }
    }

    /** @return the value, unless it holds U+0000, which no database column accepts everywhere */
    public static String noNul(String name, String value) {
        if (value != null && value.indexOf('\0') >= 0) throw mustBe(name.replace("\0", ""), "free of NUL characters");
        return value;
    }
}
