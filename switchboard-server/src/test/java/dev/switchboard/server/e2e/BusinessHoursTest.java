package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatException;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business hours of departments (Switchboard's REST extension) and their effect on the widget's
 * {@code online} flag. The wall clock cannot be fixed in a running server, so the definitions are
 * chosen to be closed or open at every instant: no working days at all is always closed, every day
 * {@code 0:00}–{@code 24:00} is always open, and a holiday spanning centuries closes even that.
 * Covers checklist (rocketchat-livechat.md §7) items 44 (config {@code online}) and 56, and the
 * day-status fields of live-agents-mediator.md §7.5 (§14 items 33, 34).
 */
class BusinessHoursTest {
    private static final String SETTING = "Livechat_enable_business_hours";
    private static final List<String> WEEK = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat visitor;
    private String sales;
    private String support;

    @BeforeEach
    void two_departments_with_an_online_agent() {
        server = TestServer.start();
        admin = server.admin();
        RocketChatLivechat alice = server.onlineAgent(admin, "alice");
        sales = admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", alice.userId())))
                .at("/department/_id").asText();
        support = admin.createDepartment(Map.of("name", "Support"), List.of(Map.of("agentId", alice.userId())))
                .at("/department/_id").asText();
        visitor = server.client();
    }

    @AfterEach
    void stop() { server.close(); }

    /** Open around the clock in UTC: every weekday 0:00–24:00. */
    static Map<String, Object> alwaysOpen() {
        List<Map<String, Object>> days = new ArrayList<>();
        for (String d : WEEK) days.add(Map.of("day", d, "start", "0:00", "end", "24:00"));
        return Map.of("timeZone", "UTC", "workingDayMessage", "Always here", "workingDays", days, "holidays", List.of());
    }

    /** Never open: no working days. */
    static Map<String, Object> neverOpen() {
        return Map.of("timeZone", "Etc/GMT+6", "workingDayMessage", "We are closed");
    }

    @Test
    void a_department_without_business_hours_shows_none_and_is_open() {
        JsonNode got = admin.departmentBusinessHours(sales);

        assertThat(got).isEqualTo(json("{'businessHours':null,'enabled':false,'open':true,'dayStatus':null,'success':true}"));
    }

    @Test
    void business_hours_are_saved_read_back_as_posted_exported_and_deleted() {
        Map<String, Object> definition = Map.of("timeZone", "Etc/GMT+6", "workingDayMessage", "Mon-Fri 8:00-17:00",
                "workingDays", List.of(Map.of("day", "monday", "start", "8:00", "end", "17:00"),
                        Map.of("day", "Friday", "start", "08:00", "end", "12:30")),
                "holidays", List.of(Map.of("day", "Christmas", "startDate", "24/12/2026", "endDate", "2026-12-26",
                        "message", "Merry Christmas")));

        JsonNode saved = admin.setDepartmentBusinessHours(sales, definition);

        JsonNode expected = json("{'timeZone':'Etc/GMT+6','workingDayMessage':'Mon-Fri 8:00-17:00','workingDays':["
                + "{'day':'monday','start':'8:00','end':'17:00'},{'day':'friday','start':'08:00','end':'12:30'}],"
                + "'holidays':[{'day':'Christmas','startDate':'2026-12-24','endDate':'2026-12-26','message':'Merry Christmas'}]}");
        assertThat(saved.get("businessHours")).isEqualTo(expected);
        assertThat(saved.get("success").asBoolean()).isTrue();
        JsonNode got = admin.departmentBusinessHours(sales);
        assertThat(got.get("businessHours")).isEqualTo(expected);
        assertThat(got.get("enabled").asBoolean()).isFalse();
        assertThat(got.get("open").asBoolean()).as("the feature is off").isTrue();
        JsonNode status = got.get("dayStatus");
        assertThat(status.get("time_zone").asText()).isEqualTo("Etc/GMT+6");
        assertThat(status.get("day_type").asText()).isIn("holiday", "workingday");
        assertThat(status.get("start_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(status.get("is_registration_available").isBoolean()).isTrue();
        assertThat(admin.departmentBusinessHours(support).get("businessHours").isNull()).isTrue();

        String toml = admin.departmentBusinessHoursToml(sales, "gt");
        assertThat(toml).startsWith("[gt]\ntime_zone = \"Etc/GMT+6\"\n").contains("[[gt.days.workingDays]]\nday = \"monday\"\n"
                + "start_time = \"8:00\"\nend_time = \"17:00\"\n").contains("start_date = \"2026-12-24\"");
        assertThat(admin.departmentBusinessHoursToml(sales, null)).startsWith("[hours]\n");

        assertThat(admin.deleteDepartmentBusinessHours(sales)).isEqualTo(json("{'success':true}"));
        assertThat(admin.departmentBusinessHours(sales).get("businessHours").isNull()).isTrue();
        assertThat(admin.deleteDepartmentBusinessHours(sales)).as("deleting again is no error").isEqualTo(json("{'success':true}"));
        RocketChatException none = failure(() -> admin.departmentBusinessHoursToml(sales, null));
        assertThat(none.errorType()).isEqualTo("error-business-hours-not-found");
    }

    @Test
    void a_toml_file_is_imported_and_exported_back_to_the_same_definition() {
        String file = """
                [gt]
                time_zone = 'Etc/GMT+6'          # UTC-6
                workingDayMessage = 'Our agents are available Monday to Friday, 8:00 to 17:00.'

                [[gt.days.workingDays]]
                day = "monday"
                start_time = "8:00"
                end_time = "17:00"

                [[gt.days.holidays]]
                day = "Independence Day"
                start_date = "15/09/2026"
                end_date = "15/09/2026"
                message = 'Today is a holiday. Our agents are back tomorrow.'
                """;

        JsonNode imported = admin.importDepartmentBusinessHoursToml(sales, file, "GT");

        assertThat(imported.at("/businessHours/workingDays/0")).isEqualTo(json("{'day':'monday','start':'8:00','end':'17:00'}"));
        assertThat(imported.at("/businessHours/holidays/0/startDate").asText()).isEqualTo("2026-09-15");
        String exported = admin.departmentBusinessHoursToml(sales, "gt");
        admin.importDepartmentBusinessHoursToml(support, exported, "gt");
        assertThat(admin.departmentBusinessHours(support).get("businessHours"))
                .isEqualTo(admin.departmentBusinessHours(sales).get("businessHours"));
        RocketChatException wrongCountry = failure(() -> admin.importDepartmentBusinessHoursToml(support, file, "sv"));
        assertThat(wrongCountry.status()).isEqualTo(400);
        assertThat(wrongCountry.errorType()).isEqualTo("error-invalid-business-hours");
        assertThat(wrongCountry.error()).isEqualTo("Invalid business hours: the top-level table is [gt] but this file is"
                + " for [sv] [error-invalid-business-hours]");
    }

    @Test
    void config_reports_a_closed_department_offline_only_while_the_feature_is_on() {
        admin.setDepartmentBusinessHours(sales, neverOpen());
        assertThat(online(sales)).as("feature off").isTrue();

        admin.settingsUpdate(SETTING, true);

        assertThat(online(sales)).as("closed by business hours").isFalse();
        assertThat(online(support)).as("a department without business hours").isTrue();
        assertThat(online(null)).as("no department").isTrue();
        JsonNode got = admin.departmentBusinessHours(sales);
        assertThat(got.get("enabled").asBoolean()).isTrue();
        assertThat(got.get("open").asBoolean()).isFalse();
        assertThat(got.at("/dayStatus/day_type").asText()).isEqualTo("holiday");
        assertThat(got.at("/dayStatus/is_registration_available").asBoolean()).isFalse();
        assertThat(got.at("/dayStatus/message").asText()).isEqualTo("We are closed");
        assertThat(got.at("/dayStatus/start_time").isNull()).isTrue();

        admin.settingsUpdate(SETTING, false);
        assertThat(online(sales)).as("feature switched off again").isTrue();
    }

    @Test
    void a_change_of_hours_takes_effect_for_the_very_next_config() {
        admin.settingsUpdate(SETTING, true);
        admin.setDepartmentBusinessHours(sales, alwaysOpen());
        assertThat(online(sales)).isTrue();
        JsonNode status = admin.departmentBusinessHours(sales).get("dayStatus");
        assertThat(status.get("day_type").asText()).isEqualTo("workingday");
        assertThat(status.get("start_time").asText()).isEqualTo("0:00");
        assertThat(status.get("end_time").asText()).isEqualTo("24:00");
        assertThat(status.get("message").asText()).isEqualTo("Always here");

        Map<String, Object> onHoliday = new java.util.HashMap<>(alwaysOpen());
        onHoliday.put("holidays", List.of(Map.of("day", "Sabbatical", "startDate", "2000-01-01", "endDate", "2999-12-31",
                "message", "Back in a millennium")));
        admin.setDepartmentBusinessHours(sales, onHoliday);
        assertThat(online(sales)).as("a holiday overrides the working days").isFalse();
        assertThat(admin.departmentBusinessHours(sales).at("/dayStatus/message").asText()).isEqualTo("Back in a millennium");
        assertThat(admin.departmentBusinessHours(sales).at("/dayStatus/start_date").asText()).isEqualTo("2000-01-01");

        admin.deleteDepartmentBusinessHours(sales);
        assertThat(online(sales)).as("without business hours").isTrue();
    }

    @Test
    void a_closed_department_is_still_offline_when_chats_are_accepted_without_agents() {
        admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
        admin.settingsUpdate(SETTING, true);
        admin.setDepartmentBusinessHours(sales, neverOpen());

        assertThat(online(sales)).isFalse();
        assertThat(online(support)).isTrue();
    }

    @Test
    void agents_may_read_business_hours_but_only_managers_may_change_them() {
        RocketChatLivechat bob = server.onlineAgent(admin, "bob");
        admin.setDepartmentBusinessHours(sales, neverOpen());

        assertThat(bob.departmentBusinessHours(sales).at("/businessHours/timeZone").asText()).isEqualTo("Etc/GMT+6");
        assertThat(failure(() -> bob.setDepartmentBusinessHours(sales, alwaysOpen())).status()).isEqualTo(403);
        assertThat(failure(() -> bob.deleteDepartmentBusinessHours(sales)).status()).isEqualTo(403);
        assertThat(failure(() -> bob.importDepartmentBusinessHoursToml(sales, "[gt]\ntime_zone='UTC'\n", null)).status())
                .isEqualTo(403);
        assertThat(failure(() -> visitor.departmentBusinessHours(sales)).status()).isEqualTo(401);
        assertThat(admin.departmentBusinessHours(sales).at("/businessHours/timeZone").asText()).isEqualTo("Etc/GMT+6");
    }

    @Test
    void a_deleted_department_has_no_business_hours_and_the_others_keep_theirs() {
        admin.setDepartmentBusinessHours(sales, neverOpen());
        admin.setDepartmentBusinessHours(support, alwaysOpen());
        admin.deleteDepartment(sales);

        RocketChatException gone = failure(() -> admin.departmentBusinessHours(sales));
        assertThat(gone.errorType()).isEqualTo("error-department-not-found");
        assertThat(gone.error()).isEqualTo("Department not found [error-department-not-found]");
        assertThat(admin.departmentBusinessHours(support).at("/businessHours/workingDays").size()).isEqualTo(7);
    }

    private boolean online(String departmentOrNull) {
        String q = departmentOrNull == null ? "" : "?department=" + departmentOrNull;
        JsonNode config = visitor.raw("GET", "livechat/config" + q, null, Map.of()).json();
        assertThat(config.at("/config/online").isBoolean()).as("online in %s", config).isTrue();
        return config.at("/config/online").asBoolean();
    }
}
