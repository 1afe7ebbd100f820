package dev.switchboard.api.rocketchat.internal;

import dev.switchboard.core.error.Invalid;

/** Builds the {@code invalid-params} errors of parameter validation (rocketchat-livechat.md §1.9 rule 3). */
public final class Params {
    private Params() {}

    public static Invalid missing(String name) {
        return new Invalid("invalid-params", "must have required property '" + name + "'");
    }

    public static Invalid mustBe(String name, String type) {
        return new Invalid("invalid-params", "'" + name + "' must be " + type);
    }

    public static Invalid invalid(String message) { return new Invalid("invalid-params", message); }
}
