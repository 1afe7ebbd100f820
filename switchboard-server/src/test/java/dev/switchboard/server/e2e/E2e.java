package dev.switchboard.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Helpers shared by the end-to-end tests: expected failures, JSON literals, and common set-ups. */
public final class E2e {
    /** Accepts JSON literals written with single quotes, which keeps expectations readable in Java. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    private E2e() {}

    /** Parses a JSON literal (single or double quotes). */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Runs an SDK call that must fail and returns the failure. */
    public static RocketChatException failure(Runnable call) {
        try {
            call.run();
        } catch (RocketChatException e) {
            return e;
        }
        throw new AssertionError("expected the call to fail, but it succeeded");
    }

    /** A plain upstream error: 400 {@code {"success":false,"error":"<code>"}}, no errorType (§1.4). */
    public static void assertPlainError(RocketChatException e, String code) {
        assertThat(e.status()).as("status of %s", e.body()).isEqualTo(400);
        assertThat(e.body()).isEqualTo(json("{'success':false,'error':'" + code + "'}"));
    }

    /** A Meteor error: 400, {@code error = "<reason> [<code>]"}, {@code errorType = <code>} (§1.4). */
    public static void assertCodedError(RocketChatException e, String code, String reason) {
        assertThat(e.status()).as("status of %s", e.body()).isEqualTo(400);
        assertThat(e.body().path("success").isBoolean()).isTrue();
        assertThat(e.body().path("success").asBoolean()).isFalse();
        assertThat(e.error()).isEqualTo(reason.isEmpty() ? "[" + code + "]" : reason + " [" + code + "]");
        assertThat(e.errorType()).isEqualTo(code);
    }

    /** The elements of a JSON array. */
    public static List<JsonNode> items(JsonNode array) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** One text field of every element of a JSON array ({@code null} where absent). */
    public static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : items(array)) out.add(n.hasNonNull(field) ? n.get(field).asText() : null);
        return out;
    }

    /** A room as an administrator sees it in {@code livechat/rooms}, open or closed. */
    public static JsonNode roomById(RocketChatLivechat admin, String rid) {
        JsonNode rooms = admin.rooms(Map.of("count", 0)).get("rooms");
        return items(rooms).stream().filter(r -> rid.equals(r.path("_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("room " + rid + " not in livechat/rooms: " + rooms));
    }

    /** Registers a visitor under a fresh token with the given name and returns the token. */
    public static String visitor(RocketChatLivechat client, String name) {
        String token = TestServer.newToken();
        client.registerVisitor(token, Map.of("name", name));
        return token;
    }

    /** Registers a visitor and opens its room; returns the {@code room} object. */
    public static JsonNode visitorRoom(RocketChatLivechat client, String token) {
        client.registerVisitor(token, Map.of("name", "Visitor " + token.substring(0, 8)));
        return client.room(token, Map.of()).get("room");
    }

    /** Switches routing to Manual_Selection. */
    public static void manualSelection(RocketChatLivechat admin) {
        admin.settingsUpdate("Livechat_Routing_Method", "Manual_Selection");
    }

    /** The inquiry id of a room. */
    public static String inquiryOf(RocketChatLivechat admin, String rid) {
        JsonNode inquiry = admin.inquiriesGetOne(rid).get("inquiry");
        assertThat(inquiry.isObject()).as("inquiry of %s: %s", rid, inquiry).isTrue();
        return inquiry.get("_id").asText();
    }
}
