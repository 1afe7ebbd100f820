package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of DDP method parameters. A parameter of the wrong shape is refused the way Meteor's
 * {@code check()} refuses it ({@link BadArgs} → "Match failed [400]"), never coerced: an object where a
 * string belongs is the shape of Rocket.Chat's NoSQL-injection CVEs.
 */
final class Args {
    private Args() {}

    /** Thrown when a parameter has the wrong shape. */
    static final class BadArgs extends RuntimeException {
        BadArgs() { super(null, null, false, false); }
    }

    /** The object at position {@code i}; missing or not an object is refused. */
    static JsonNode object(JsonNode params, int i) {
        JsonNode n = params.get(i);
        if (n == null || !n.isObject()) throw new BadArgs();
        return n;
    }

    /** The string at position {@code i}, or null when absent or null; other types are refused. */
    static String optionalString(JsonNode params, int i) { return text(params.get(i)); }

    /** A string field, or null when absent or null; other types are refused. */
    static String optionalString(JsonNode object, String field) { return text(object.get(field)); }

    static String requiredString(JsonNode object, String field) {
        String value = optionalString(object, field);
        if (value == null) throw new BadArgs();
        return value;
    }

    static Boolean optionalBoolean(JsonNode params, int i) {
        JsonNode n = params.get(i);
        if (n == null || n.isNull()) return null;
        if (!n.isBoolean()) throw new BadArgs();
        return n.booleanValue();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new BadArgs();
        return n.textValue();
    }
}
