package dev.switchboard.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.client.rocketchat.RawResponse;
import java.util.List;

/**
 * Assertions on Rocket.Chat's failure envelope (rocketchat-livechat.md §1.4, §1.5): the status, a
 * JSON object body with {@code success:false}, the {@code error} string and {@code errorType}, and
 * never a stack trace or a database message.
 */
final class Envelope {
    static final String LOGGED_OUT = "You must be logged in to do this.";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text that only an internal failure would put in a body. */
    private static final List<String> LEAKS = List.of("Exception", "at dev.", "at java.", "at org.", "at io.",
            "Caused by", "\tat ", "stack", "jdbi", "SQLITE", "postgresql", "ERROR:", "Internal error");

    private Envelope() {}

    /**
     * A failure with this status, this exact {@code error}, and this {@code errorType} (or none at
     * all when {@code errorTypeOrNull} is null: a plain error).
     */
    static JsonNode assertFailure(RawResponse r, int status, String error, String errorTypeOrNull) {
        JsonNode body = assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(status);
        assertThat(body.path("error").asText(null)).as("error of %s", shown(r)).isEqualTo(error);
        if (errorTypeOrNull == null) {
            assertThat(body.has("errorType")).as("a plain error has no errorType: %s", shown(r)).isFalse();
        } else {
            assertThat(body.path("errorType").asText(null)).as("errorType of %s", shown(r)).isEqualTo(errorTypeOrNull);
        }
        return body;
    }

    /** A plain upstream error, 400 {@code {"success":false,"error":"<code>"}} with nothing else. */
    static void assertPlain(RawResponse r, String code) {
        assertFailure(r, 400, code, null);
        assertThat(r.json()).isEqualTo(json("{\"success\":false,\"error\":\"" + code.replace("\"", "\\\"") + "\"}"));
    }

    /** A Meteor error: 400, {@code "<reason> [<code>]"} (or {@code "[<code>]"}), errorType = code. */
    static JsonNode assertCoded(RawResponse r, String code, String reason) {
        return assertFailure(r, 400, reason.isEmpty() ? "[" + code + "]" : reason + " [" + code + "]", code);
    }

    /** A parameter-validation failure: 400, errorType {@code invalid-params}, error ending in the code. */
    static JsonNode assertInvalidParams(RawResponse r) {
        JsonNode body = assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(400);
        assertThat(body.path("errorType").asText(null)).as("errorType of %s", shown(r)).isEqualTo("invalid-params");
        assertThat(body.path("error").asText("")).as("error of %s", shown(r)).endsWith(" [invalid-params]");
        return body;
    }

    /** A missing required field: {@code must have required property '<name>' [invalid-params]}. */
    static void assertMissing(RawResponse r, String name) {
        assertFailure(r, 400, "must have required property '" + name + "' [invalid-params]", "invalid-params");
    }

    /** The bare {@code failure()} of upstream: exactly 400 {@code {"success":false}}. */
    static void assertBare(RawResponse r) {
        assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(400);
        assertThat(r.json()).isEqualTo(json("{\"success\":false}"));
    }

    /** Exactly the 401 of §1.5: RC-8 body plus the legacy {@code status}/{@code message} keys. */
    static void assertUnauthenticated(RawResponse r) {
        assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(401);
        assertThat(r.json()).isEqualTo(json("{\"success\":false,\"status\":\"error\",\"error\":\"" + LOGGED_OUT
                + "\",\"message\":\"" + LOGGED_OUT + "\"}"));
    }

    /** A missing permission: 403, {@code success:false} and an error string. */
    static void assertForbidden(RawResponse r) {
        JsonNode body = assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(403);
        assertThat(body.path("error").isTextual()).as("error of %s", shown(r)).isTrue();
    }

    /** The missing-permission body of §1.5 (RC-8 form). */
    static void assertPermissionMissing(RawResponse r) {
        assertForbidden(r);
        assertThat(r.json().path("error").asText())
                .isEqualTo("User does not have the permissions required for this action [error-forbidden]");
        assertThat(r.json().path("errorType").asText()).isEqualTo("error-forbidden");
    }

    /** Exactly 404 {@code {"success":false,"error":"Resource not found"}}. */
    static void assertNotFound(RawResponse r) {
        assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(404);
        assertThat(r.json()).isEqualTo(json("{\"success\":false,\"error\":\"Resource not found\"}"));
    }

    /** Any 4xx with a JSON object body carrying {@code success:false}; never a stack trace. */
    static JsonNode assertClientError(RawResponse r) {
        assertNoLeak(r);
        assertThat(r.status()).as("a 4xx, got %s: %s", r.status(), shown(r)).isBetween(400, 499);
        assertThat(r.header("Content-Type")).as("content type of %s", shown(r)).startsWith("application/json");
        JsonNode body = json(r.body());
        assertThat(body.isObject()).as("an object body: %s", shown(r)).isTrue();
        assertThat(body.path("success").isBoolean() && !body.get("success").booleanValue())
                .as("success:false in %s", shown(r)).isTrue();
        assertThat(body.has("stack")).isFalse();
        return body;
    }

    /** No stack frames, exception names or database messages in the body. */
    static void assertNoLeak(RawResponse r) {
        for (String leak : LEAKS) {
            assertThat(r.body().contains(leak)).as("%s must not leak internals (%s)", shown(r), leak).isFalse();
        }
    }

    /** The body for assertion messages, cut short so a refused 2 MiB echo can't flood the report. */
    static String shown(RawResponse r) {
        String b = r.body();
        return b.length() <= 400 ? b : b.substring(0, 400) + "... (" + b.length() + " chars)";
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
