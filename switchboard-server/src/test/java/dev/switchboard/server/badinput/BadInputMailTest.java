package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertMissing;
import static dev.switchboard.server.badinput.Envelope.assertPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.switchboard.server.MailTesting;
import dev.switchboard.server.mail.MailConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST livechat/offline.message}, {@code livechat/transcript}, {@code livechat/room.survey} and
 * the {@code transcriptEmail} option of {@code room.closeByUser} with missing, mistyped, empty, huge and
 * header-smuggling values, and with rooms and tokens that are unknown or another visitor's. Every refusal
 * is a 4xx in Rocket.Chat's shape, no mail leaves, no survey is stored and no room is closed. The node
 * mails to a GreenMail server, so a refused call that still sent something would show. Covers checklist
 * (§7) items 4, 14, 15, 16, 38, 46 and 59.
 */
class BadInputMailTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension MAIL = MailTesting.smtpServer().withPerMethodLifecycle(false);

    private static World w;

    @BeforeAll
    static void up() {
        w = World.start(c -> c.withMail(MailConfig.localhost(MAIL.getSmtp().getPort())));
        w.admin.settingsUpdate("Livechat_offline_email", "support@example.com");
    }

    @AfterAll
    static void down() { w.close(); }

    @BeforeEach
    void no_mail_yet() { MailTesting.clear(MAIL); }

    /** A JSON string literal. */
    private static String str(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from names and raw JSON values. */
    private static String obj(String... namesAndRawValues) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < namesAndRawValues.length; i += 2) members.add(str(namesAndRawValues[i]) + ":" + namesAndRawValues[i + 1]);
        return "{" + String.join(",", members) + "}";
    }

    private static String offline(String name, String email, String message) {
        return obj("name", name, "email", email, "message", message);
    }

    // ---- livechat/offline.message ----

    @Test
    void offline_message_refuses_missing_mistyped_and_empty_fields_and_sends_nothing() {
        String path = "livechat/offline.message";
        assertMissing(w.anon("POST", path, "{}"), "name");
        assertMissing(w.anon("POST", path, obj("name", str("Ann"))), "email");
        assertMissing(w.anon("POST", path, obj("name", str("Ann"), "email", str("ann@example.com"))), "message");
        assertMissing(w.anon("POST", path, obj("name", "null", "email", str("ann@example.com"), "message", str("Hi"))), "name");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", path, offline(bad, str("ann@example.com"), str("Hi"))));
            assertInvalidParams(w.anon("POST", path, offline(str("Ann"), bad, str("Hi"))));
            assertInvalidParams(w.anon("POST", path, offline(str("Ann"), str("ann@example.com"), bad)));
            assertInvalidParams(w.anon("POST", path, obj("name", str("Ann"), "email", str("ann@example.com"), "message", str("Hi"),
                    "department", bad)));
            assertInvalidParams(w.anon("POST", path, obj("name", str("Ann"), "email", str("ann@example.com"), "message", str("Hi"),
                    "host", bad)));
        }
        for (String empty : List.of("\"\"", "\"   \"", "\"\\n\\t\"")) {
            assertInvalidParams(w.anon("POST", path, offline(empty, str("ann@example.com"), str("Hi"))));
            assertInvalidParams(w.anon("POST", path, offline(str("Ann"), empty, str("Hi"))));
            assertInvalidParams(w.anon("POST", path, offline(str("Ann"), str("ann@example.com"), empty)));
        }
        for (String notAnObject : List.of("[]", "\"x\"", "42", "nope", "{\"name\":")) {
            assertInvalidParams(w.anon("POST", path, notAnObject));
        }
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void offline_message_refuses_addresses_that_are_malformed_or_could_add_recipients_or_headers() {
        for (String email : List.of("ann", "ann@", "@example.com", "ann@example", "ann@example.com\r\nBcc: eve@example.com",
                "Ann <ann@example.com>", "ann@example.com, eve@example.com", "ann@example.com;eve@example.com",
                "a".repeat(250) + "@example.com", "ann@exa mple.com")) {
            assertInvalidParams(w.anon("POST", "livechat/offline.message", offline(str("Ann"), str(email), str("Hi"))));
        }
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void offline_message_refuses_huge_values() {
        String path = "livechat/offline.message";
        assertInvalidParams(w.anon("POST", path, offline(str(World.random(257)), str("ann@example.com"), str("Hi"))));
        assertInvalidParams(w.anon("POST", path, offline(str("Ann"), str("ann@example.com"), str(World.random(20_001)))));
        assertInvalidParams(w.anon("POST", path, obj("name", str("Ann"), "email", str("ann@example.com"), "message", str("Hi"),
                "department", str(World.random(257)))));
        assertInvalidParams(w.anon("POST", path, obj("name", str("Ann"), "email", str("ann@example.com"), "message", str("Hi"),
                "host", str(World.random(2_049)))));
        assertInvalidParams(w.anon("POST", path, offline(str("Ann"), str("ann@example.com"), str(World.random(World.BODY_LIMIT)))));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void line_breaks_in_a_visitor_name_cannot_add_a_recipient_or_a_header() throws Exception {
        var r = w.anon("POST", "livechat/offline.message",
                offline(str("Eve\r\nBcc: victim@example.com\r\nX-Evil: 1"), str("eve@example.com"), str("Hi\r\nBcc: victim@example.com")));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var m = MailTesting.onlyMail(MAIL);
        assertThat(MailTesting.to(m)).containsExactly("support@example.com");
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getHeader("X-Evil")).isNull();
        assertThat(m.getAllRecipients()).hasSize(1);
    }

    // ---- livechat/transcript ----

    @Test
    void transcript_refuses_missing_mistyped_and_malformed_fields_and_sends_nothing() {
        String path = "livechat/transcript";
        String t = str(w.alice.token());
        String rid = str(w.alice.rid());
        String email = str("alice@example.com");
        assertMissing(w.anon("POST", path, "{}"), "token");
        assertMissing(w.anon("POST", path, obj("token", t)), "rid");
        assertMissing(w.anon("POST", path, obj("token", t, "rid", rid)), "email");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", path, obj("token", bad, "rid", rid, "email", email)));
            assertInvalidParams(w.anon("POST", path, obj("token", t, "rid", bad, "email", email)));
            assertInvalidParams(w.anon("POST", path, obj("token", t, "rid", rid, "email", bad)));
        }
        for (String malformed : List.of("", "alice", "alice@example.com\nBcc: eve@example.com", "a@b.c, d@e.f",
                World.random(300) + "@example.com")) {
            assertInvalidParams(w.anon("POST", path, obj("token", t, "rid", rid, "email", str(malformed))));
        }
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void transcript_of_an_unknown_or_foreign_room_or_token_is_refused_with_the_plain_codes() {
        String path = "livechat/transcript";
        String email = str("mallory@example.com");
        var foreign = w.anon("POST", path, obj("token", str(w.bob.token()), "rid", str(w.alice.rid()), "email", email));
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(w.anon("POST", path, obj("token", str(w.bob.token()), "rid", str("nope"),
                "email", email)).body());
        for (String token : List.of("", "nope", "{\"$ne\":null}", ".*")) {
            assertPlain(w.anon("POST", path, obj("token", str(token), "rid", str(w.alice.rid()), "email", email)), "invalid-token");
        }
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    // ---- livechat/room.survey ----

    @Test
    void survey_refuses_missing_and_mistyped_members_and_stores_nothing() {
        String path = "livechat/room.survey";
        String rid = str(w.alice.rid());
        String t = str(w.alice.token());
        String item = "[{\"name\":\"satisfaction\",\"value\":\"5\"}]";
        assertMissing(w.anon("POST", path, "{}"), "rid");
        assertMissing(w.anon("POST", path, obj("rid", rid)), "token");
        assertMissing(w.anon("POST", path, obj("rid", rid, "token", t)), "data");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.anon("POST", path, obj("rid", bad, "token", t, "data", item)));
            assertInvalidParams(w.anon("POST", path, obj("rid", rid, "token", bad, "data", item)));
            assertInvalidParams(w.anon("POST", path, obj("rid", rid, "token", t, "data", "[{\"name\":" + bad + ",\"value\":\"5\"}]")));
            assertInvalidParams(w.anon("POST", path, obj("rid", rid, "token", t, "data", "[{\"name\":\"satisfaction\",\"value\":" + bad + "}]")));
        }
        for (String data : List.of("\"satisfaction\"", "{}", "42", "true", "[]", "[1]", "[\"satisfaction\"]", "[null]", "[[]]")) {
            assertInvalidParams(w.anon("POST", path, obj("rid", rid, "token", t, "data", data)));
        }
        assertMissing(w.anon("POST", path, obj("rid", rid, "token", t, "data", "[{\"value\":\"5\"}]")), "data[].name");
        assertMissing(w.anon("POST", path, obj("rid", rid, "token", t, "data", "[{\"name\":\"satisfaction\"}]")), "data[].value");
        assertThat(w.room(w.alice.rid()).has("surveyFeedback")).isFalse();
    }

    @Test
    void survey_refuses_too_many_answers_and_a_huge_free_text() {
        String path = "livechat/room.survey";
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) many.add("{\"name\":\"satisfaction\",\"value\":\"5\"}");
        assertInvalidParams(w.anon("POST", path, obj("rid", str(w.alice.rid()), "token", str(w.alice.token()),
                "data", "[" + String.join(",", many) + "]")));
        assertInvalidParams(w.anon("POST", path, obj("rid", str(w.alice.rid()), "token", str(w.alice.token()),
                "data", "[{\"name\":\"additionalFeedback\",\"value\":" + str(World.random(20_001)) + "}]")));
        assertThat(w.room(w.alice.rid()).has("surveyFeedback")).isFalse();
    }

    @Test
    void survey_of_an_unknown_or_foreign_room_or_token_is_refused_with_the_plain_codes() {
        String path = "livechat/room.survey";
        String data = "[{\"name\":\"satisfaction\",\"value\":\"1\"}]";
        var foreign = w.anon("POST", path, obj("rid", str(w.alice.rid()), "token", str(w.bob.token()), "data", data));
        assertPlain(foreign, "invalid-room");
        assertThat(foreign.body()).isEqualTo(w.anon("POST", path, obj("rid", str("nope"), "token", str(w.bob.token()),
                "data", data)).body());
        for (String token : List.of("", "nope", "{\"$ne\":null}")) {
            assertPlain(w.anon("POST", path, obj("rid", str(w.alice.rid()), "token", str(token), "data", data)), "invalid-token");
        }
        assertPlain(w.anon("POST", path, obj("rid", str(w.alice.rid()), "token", str(w.alice.token()),
                "data", "[{\"name\":\"satisfaction\",\"value\":\"6\"},{\"name\":\"$where\",\"value\":\"1\"}]")), "invalid-data");
        assertThat(w.room(w.alice.rid()).has("surveyFeedback")).isFalse();
    }

    // ---- room.closeByUser's transcriptEmail ----

    @Test
    void close_by_user_refuses_a_malformed_transcript_option_and_closes_nothing() {
        String path = "livechat/room.closeByUser";
        String rid = str(w.alice.rid());
        for (String option : List.of("\"yes\"", "1", "[]", "true")) {
            assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", option)));
        }
        assertMissing(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", "{}")), "transcriptEmail.sendToVisitor");
        assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", "{\"sendToVisitor\":\"maybe\"}")));
        assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", "{\"sendToVisitor\":{\"$ne\":null}}")));
        assertMissing(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", "{\"sendToVisitor\":true}")),
                "transcriptEmail.requestData");
        assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                "{\"sendToVisitor\":true,\"requestData\":\"alice@example.com\"}")));
        assertMissing(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail", "{\"sendToVisitor\":true,\"requestData\":{}}")),
                "transcriptEmail.requestData.email");
        assertMissing(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                "{\"sendToVisitor\":true,\"requestData\":{\"email\":\"alice@example.com\"}}")), "transcriptEmail.requestData.subject");
        for (String bad : NOT_STRINGS) {
            assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                    "{\"sendToVisitor\":true,\"requestData\":{\"email\":" + bad + ",\"subject\":\"s\"}}")));
            assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                    "{\"sendToVisitor\":true,\"requestData\":{\"email\":\"alice@example.com\",\"subject\":" + bad + "}}")));
        }
        for (String email : List.of("alice", "alice@example.com\r\nBcc: eve@example.com", "a@b.c, d@e.f")) {
            assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                    "{\"sendToVisitor\":true,\"requestData\":{\"email\":" + str(email) + ",\"subject\":\"s\"}}")));
        }
        assertInvalidParams(w.asAdmin("POST", path, obj("rid", rid, "transcriptEmail",
                "{\"sendToVisitor\":true,\"requestData\":{\"email\":\"alice@example.com\",\"subject\":" + str(World.random(513)) + "}}")));
        assertThat(w.isOpen(w.alice)).isTrue();
        MailTesting.assertNoMail(MAIL, 300);
    }
}
