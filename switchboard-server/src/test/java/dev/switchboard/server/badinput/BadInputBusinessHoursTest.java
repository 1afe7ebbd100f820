package dev.switchboard.server.badinput;

import static dev.switchboard.server.badinput.BadInputAccountTest.NOT_STRINGS;
import static dev.switchboard.server.badinput.Envelope.assertClientError;
import static dev.switchboard.server.badinput.Envelope.assertCoded;
import static dev.switchboard.server.badinput.Envelope.assertInvalidParams;
import static dev.switchboard.server.badinput.Envelope.assertPermissionMissing;
import static dev.switchboard.server.badinput.Envelope.assertUnauthenticated;
import static dev.switchboard.server.badinput.Envelope.shown;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RawResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code livechat/department/:_id/business-hours} (GET, POST, DELETE) and {@code …/business-hours.toml}
 * (GET, POST) with hostile bodies, wrong types, bad zones and times, unknown departments, missing
 * credentials and huge bodies: every refusal is a 4xx in Rocket.Chat's envelope that names the
 * problem, and no refused call changes the stored definition. Covers checklist (rocketchat-livechat.md
 * §7) items 4, 12 and 14, and the configuration errors of live-agents-mediator.md §7.3 and §7.6.
 */
class BadInputBusinessHoursTest {
    private static final String INVALID = "error-invalid-business-hours";
    private static final String VALID = "{\"timeZone\":\"Etc/GMT+6\",\"workingDayMessage\":\"Hi\","
            + "\"workingDays\":[{\"day\":\"monday\",\"start\":\"8:00\",\"end\":\"17:00\"}],\"holidays\":[]}";
    private static World w;
    private static String sales;
    private static String path;
    private static JsonNode stored;

    @BeforeAll
    static void up() {
        w = World.start();
        sales = w.admin.createDepartment(Map.of("name", "Sales"), List.of()).path("department").path("_id").asText();
        path = "livechat/department/" + sales + "/business-hours";
        assertThat(w.asAdmin("POST", path, VALID).status()).isEqualTo(200);
        stored = w.admin.departmentBusinessHours(sales).path("businessHours");
    }

    @AfterAll
    static void down() { w.close(); }

    private static void assertNothingChanged() {
        assertThat(w.admin.departmentBusinessHours(sales).path("businessHours")).isEqualTo(stored);
    }

    /** A refused definition: 400, errorType {@value #INVALID}, and these problems among the details. */
    private static void assertProblems(RawResponse r, String... problems) {
        JsonNode body = assertClientError(r);
        assertThat(r.status()).as("status of %s", shown(r)).isEqualTo(400);
        assertThat(body.path("errorType").asText()).as("errorType of %s", shown(r)).isEqualTo(INVALID);
        assertThat(body.path("error").asText()).startsWith("Invalid business hours: ").endsWith(" [" + INVALID + "]");
        List<String> listed = new ArrayList<>();
        body.path("details").path("problems").forEach(p -> listed.add(p.asText()));
        assertThat(listed).as("problems of %s", shown(r)).isNotEmpty();
        if (problems.length > 0) assertThat(listed).as("problems of %s", shown(r)).contains(problems);
    }

    private static String day(String day, String start, String end) {
        return "{\"timeZone\":\"UTC\",\"workingDays\":[{\"day\":" + day + ",\"start\":" + start + ",\"end\":" + end + "}]}";
    }

    @Test
    void without_credentials_or_permission_nothing_is_read_or_written() {
        for (String method : List.of("GET", "POST", "DELETE")) {
            assertUnauthenticated(w.anon(method, path, method.equals("POST") ? VALID : null));
            assertPermissionMissing(w.asPlain(method, path, method.equals("POST") ? VALID : null));
        }
        assertUnauthenticated(w.anon("GET", path + ".toml", null));
        assertUnauthenticated(w.anon("POST", path + ".toml", "[gt]\ntime_zone='UTC'\n"));
        for (String method : List.of("POST", "DELETE")) {
            assertPermissionMissing(w.asAgent(method, path, method.equals("POST") ? VALID : null));
        }
        assertPermissionMissing(w.asAgent("POST", path + ".toml", "[gt]\ntime_zone='UTC'\n"));
        assertNothingChanged();
    }

    @Test
    void an_unknown_or_operator_shaped_department_is_department_not_found() {
        for (String id : List.of("nope", "%7B%22%24ne%22%3Anull%7D", ".*", "%25")) {
            String p = "livechat/department/" + id + "/business-hours";
            assertCoded(w.asAdmin("GET", p, null), "error-department-not-found", "Department not found");
            assertCoded(w.asAdmin("POST", p, VALID), "error-department-not-found", "Department not found");
            assertCoded(w.asAdmin("DELETE", p, null), "error-department-not-found", "Department not found");
            assertCoded(w.asAdmin("GET", p + ".toml", null), "error-department-not-found", "Department not found");
            assertCoded(w.asAdmin("POST", p + ".toml", "[gt]\ntime_zone='UTC'\n"), "error-department-not-found",
                    "Department not found");
        }
        assertNothingChanged();
    }

    @Test
    void bodies_that_are_not_a_json_object_are_invalid_params() {
        for (String body : List.of("[]", "\"monday\"", "42", "true", "{", "{\"timeZone\":\"UTC\"}x", "[".repeat(10_000),
                "{\"timeZone\":\"U\\u0000TC\"}")) {
            assertInvalidParams(w.asAdmin("POST", path, body));
        }
        assertNothingChanged();
    }

    @Test
    void values_of_the_wrong_json_type_are_named() {
        for (String bad : NOT_STRINGS) {
            assertProblems(w.asAdmin("POST", path, "{\"timeZone\":" + bad + "}"), "timeZone must be a string");
            assertProblems(w.asAdmin("POST", path, day(bad, "\"8:00\"", "\"9:00\"")), "workingDays[0].day must be a string");
            assertProblems(w.asAdmin("POST", path, day("\"monday\"", bad, "\"9:00\"")), "workingDays[0].start must be a string");
            assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"workingDayMessage\":" + bad + "}"),
                    "workingDayMessage must be a string");
            assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"holidays\":[{\"startDate\":" + bad
                    + ",\"endDate\":\"2026-01-01\"}]}"), "holidays[0].startDate must be a string");
        }
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"workingDays\":\"monday\"}"), "workingDays must be a list");
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"workingDays\":{\"day\":\"monday\"}}"),
                "workingDays must be a list");
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"workingDays\":[\"monday\",1,null]}"),
                "workingDays[] must be an object");
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"holidays\":[[]]}"), "holidays[] must be an object");
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"$where\":\"1\",\"holiday\":[]}"),
                "'$where' is not a known key (known: holidays, timeZone, workingDayMessage, workingDays)");
        assertNothingChanged();
    }

    @Test
    void bad_zones_times_days_and_dates_are_each_explained() {
        assertProblems(w.asAdmin("POST", path, "{}"), "timeZone is required (e.g. 'Etc/GMT+6' or 'America/Guatemala')");
        for (String zone : List.of("Mars/Olympus", "Etc/GMT+66", "", "../../etc/passwd", "America/Guatemala ")) {
            assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"" + zone + "\"}"));
        }
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"Mars/Olympus\"}"),
                "timeZone 'Mars/Olympus' is not a known time zone (use an IANA name such as 'Etc/GMT+6' or 'America/Guatemala')");
        assertProblems(w.asAdmin("POST", path, day("\"funday\"", "\"8:00\"", "\"9:00\"")),
                "workingDays[0].day 'funday' is not a weekday (monday … sunday)");
        for (String time : List.of("8", "8:0", "25:00", "8:00:00", "-1:00", "8h00", "")) {
            assertProblems(w.asAdmin("POST", path, day("\"monday\"", "\"" + time + "\"", "\"9:00\"")),
                    "workingDays[0].start '" + time + "' is not a time H:MM or HH:MM (00:00 to 23:59)");
        }
        assertProblems(w.asAdmin("POST", path, day("\"monday\"", "\"17:00\"", "\"8:00\"")),
                "workingDays[0].end 8:00 must be after start 17:00 (shifts across midnight are not supported: split them at 24:00)");
        assertProblems(w.asAdmin("POST", path, day("\"monday\"", "\"8:00\"", "\"8:00\"")));
        assertProblems(w.asAdmin("POST", path, day("\"monday\"", "\"24:00\"", "\"24:00\"")));
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"holidays\":[{\"startDate\":\"2026-02-30\","
                + "\"endDate\":\"12/31/2026\"},{\"startDate\":\"2026-12-26\",\"endDate\":\"2026-12-24\"}]}"),
                "holidays[0].startDate '2026-02-30' is not a date YYYY-MM-DD or DD/MM/YYYY",
                "holidays[0].endDate '12/31/2026' is not a date YYYY-MM-DD or DD/MM/YYYY",
                "holidays[1].endDate 2026-12-24 is before startDate 2026-12-26");
        assertNothingChanged();
    }

    @Test
    void huge_values_and_bodies_are_refused_without_being_echoed() {
        RawResponse hugeZone = w.asAdmin("POST", path, "{\"timeZone\":\"" + "z".repeat(500_000) + "\"}");
        assertProblems(hugeZone);
        assertThat(hugeZone.body().length()).isLessThan(2_000);
        assertProblems(w.asAdmin("POST", path, "{\"timeZone\":\"UTC\",\"workingDayMessage\":\"" + World.random(100_000) + "\"}"),
                "workingDayMessage is longer than 2000 characters");
        StringBuilder many = new StringBuilder("{\"timeZone\":\"UTC\",\"workingDays\":[");
        for (int i = 0; i < 5_000; i++) many.append(i == 0 ? "" : ",").append("{\"day\":\"monday\",\"start\":\"8:00\",\"end\":\"9:00\"}");
        RawResponse tooMany = w.asAdmin("POST", path, many.append("]}").toString());
        assertProblems(tooMany, "workingDays has more than 100 entries");
        StringBuilder wrong = new StringBuilder("{\"timeZone\":\"UTC\",\"holidays\":[");
        for (int i = 0; i < 900; i++) wrong.append(i == 0 ? "" : ",").append("{\"startDate\":\"x\",\"endDate\":\"y\"}");
        RawResponse manyProblems = w.asAdmin("POST", path, wrong.append("]}").toString());
        assertProblems(manyProblems);
        assertThat(manyProblems.json().path("details").path("problems").size()).isEqualTo(100);
        assertThat(manyProblems.json().path("error").asText()).contains("; and 1790 more");
        assertClientError(w.asAdmin("POST", path, "{\"timeZone\":\"" + "b".repeat(2 * World.BODY_LIMIT) + "\"}"));
        assertClientError(RawHttp.chunked(w.server.port(), "/api/v1/" + path + ".toml", "[gt]\nworkingDayMessage='", 'c',
                2 * World.BODY_LIMIT, "'\n"));
        assertNothingChanged();
    }

    @Test
    void toml_that_is_not_toml_or_not_the_documented_structure_is_explained() {
        String toml = path + ".toml";
        assertProblems(w.asAdmin("POST", toml, "[gt\ntime_zone = 'UTC'"));
        assertProblems(w.asAdmin("POST", toml, ""),
                "no top-level table: the file must start with a table named after the country, such as [gt]");
        assertProblems(w.asAdmin("POST", toml, "{\"timeZone\":\"UTC\"}"));
        assertProblems(w.asAdmin("POST", toml, "[gt]\ntime_zone = 'UTC'\n[sv]\ntime_zone = 'UTC'\n"),
                "one top-level table expected, found 2: 'gt', 'sv'");
        assertProblems(w.asAdmin("POST", toml + "?country=sv", "[gt]\ntime_zone = 'UTC'\n"),
                "the top-level table is [gt] but this file is for [sv]");
        assertProblems(w.asAdmin("POST", toml, "[gt]\ntime_zone = 'Mars/Olympus'\n[[gt.days.workingDays]]\nday = 'monday'\n"
                        + "start_time = 8\nend_time = '7:00'\nstart = '8:00'\n"),
                "gt.time_zone 'Mars/Olympus' is not a known time zone (use an IANA name such as 'Etc/GMT+6' or 'America/Guatemala')",
                "gt.days.workingDays[0].'start' is not a known key (known: day, end_time, start_time)",
                "gt.days.workingDays[0].start_time must be a string");
        assertProblems(w.asAdmin("POST", toml, "[gt]\nx = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"));
        assertInvalidParams(w.asAdmin("POST", toml, "[gt]\ntime_zone = 'U\u0000TC'\n"));
        assertNothingChanged();
    }

    @Test
    void toml_text_that_is_not_utf_8_is_refused_rather_than_mangled() {
        byte[] latin1 = "[gt]\ntime_zone = 'UTC'\nworkingDayMessage = 'Años'\n".getBytes(StandardCharsets.ISO_8859_1);
        RawResponse r = postBytes(path + ".toml", latin1);
        Envelope.assertFailure(r, 400, "The body must be UTF-8 text [invalid-params]", "invalid-params");
        assertNothingChanged();
    }

    /** Posts raw bytes as the administrator: the SDK only sends strings, which it encodes as UTF-8. */
    private static RawResponse postBytes(String p, byte[] body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(w.server.url() + "/api/v1/" + p))
                    .header("X-User-Id", w.admin.userId()).header("X-Auth-Token", w.admin.authToken())
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new RawResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_country_parameter_must_be_one_short_key() {
        for (String q : List.of("?country=", "?country=g%20t", "?country=gt&country=sv", "?country%5B%5D=gt",
                "?country=" + "x".repeat(33), "?country=%5Bgt%5D")) {
            assertInvalidParams(w.asAdmin("GET", path + ".toml" + q, null));
            assertInvalidParams(w.asAdmin("POST", path + ".toml" + q, "[gt]\ntime_zone = 'UTC'\n"));
        }
        assertNothingChanged();
    }
}
