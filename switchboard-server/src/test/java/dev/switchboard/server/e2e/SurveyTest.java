package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.assertPlainError;
import static dev.switchboard.server.e2e.E2e.failure;
import static dev.switchboard.server.e2e.E2e.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST livechat/room.survey}: answers within the survey of {@code livechat/config} (plus the
 * free text {@code additionalFeedback}) are kept, stored and shown on the room as
 * {@code surveyFeedback}; others are dropped. Each test has a visitor "Ann" with a room served by
 * alice. Covers checklist (§7) items 16, 36, 38 and 44.
 */
class SurveyTest {
    private TestServer server;
    private RocketChatLivechat admin;
    private RocketChatLivechat visitor;
    private String token;
    private String rid;

    @BeforeEach
    void a_room_served_by_alice() {
        server = TestServer.start();
        admin = server.admin();
        RocketChatLivechat alice = server.onlineAgent(admin, "alice");
        visitor = server.client();
        token = E2e.visitor(visitor, "Ann");
        rid = visitor.room(token, Map.of("agentId", alice.userId())).at("/room/_id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void configured_answers_and_free_text_are_kept_and_the_rest_dropped() {
        var answers = new LinkedHashMap<String, String>();
        answers.put("satisfaction", "5");
        answers.put("agentKnowledge", "4");
        answers.put("agentFriendliness", "11");
        answers.put("favouriteColour", "3");
        answers.put("additionalFeedback", "Quick and kind, thanks!");

        JsonNode answer = visitor.roomSurvey(rid, token, answers);

        assertThat(answer).isEqualTo(json("{'rid':'" + rid + "','data':{'satisfaction':'5','agentKnowledge':'4',"
                + "'additionalFeedback':'Quick and kind, thanks!'},'success':true}"));
        assertThat(E2e.roomById(admin, rid).get("surveyFeedback")).isEqualTo(json("[{'name':'satisfaction','value':'5'},"
                + "{'name':'agentKnowledge','value':'4'},{'name':'additionalFeedback','value':'Quick and kind, thanks!'}]"));
    }

    @Test
    void every_item_and_value_the_config_publishes_is_accepted() {
        JsonNode survey = visitor.raw("GET", "livechat/config", null, Map.of()).json().at("/config/survey");
        var answers = new LinkedHashMap<String, String>();
        JsonNode values = survey.get("values");
        int i = 0;
        for (JsonNode item : survey.get("items")) answers.put(item.asText(), values.get(i++ % values.size()).asText());

        JsonNode data = visitor.roomSurvey(rid, token, answers).get("data");

        assertThat(data.size()).isEqualTo(survey.get("items").size()).isEqualTo(4);
        assertThat(data.has("agentResposiveness")).as("upstream's spelling").isTrue();
    }

    @Test
    void answers_of_which_none_belongs_to_the_survey_are_invalid_data_and_nothing_is_stored() {
        assertPlainError(failure(() -> visitor.roomSurvey(rid, token, Map.of("satisfaction", "6", "mood", "1"))), "invalid-data");
        assertThat(E2e.roomById(admin, rid).has("surveyFeedback")).isFalse();
    }

    @Test
    void a_closed_room_takes_the_survey_and_a_second_submission_replaces_the_first() {
        visitor.closeRoom(rid, token);
        visitor.roomSurvey(rid, token, Map.of("satisfaction", "2"));

        visitor.roomSurvey(rid, token, Map.of("satisfaction", "4", "additionalFeedback", "Better on reflection"));

        assertThat(E2e.roomById(admin, rid).get("surveyFeedback")).containsExactlyInAnyOrderElementsOf(
                json("[{'name':'satisfaction','value':'4'},{'name':'additionalFeedback','value':'Better on reflection'}]"));
    }

    @Test
    void another_visitors_room_or_an_unknown_token_gets_the_plain_errors() {
        String other = E2e.visitor(visitor, "Mallory");

        assertPlainError(failure(() -> visitor.roomSurvey(rid, other, Map.of("satisfaction", "1"))), "invalid-room");
        assertPlainError(failure(() -> visitor.roomSurvey(rid, TestServer.newToken(), Map.of("satisfaction", "1"))), "invalid-token");
        assertPlainError(failure(() -> visitor.roomSurvey("no-such-room", token, Map.of("satisfaction", "1"))), "invalid-room");
        assertThat(E2e.roomById(admin, rid).has("surveyFeedback")).isFalse();
    }
}
