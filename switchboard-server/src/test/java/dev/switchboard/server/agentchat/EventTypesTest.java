package dev.switchboard.server.agentchat;

import static dev.switchboard.server.agentchat.AgentChatWorld.assertError;
import static dev.switchboard.server.agentchat.AgentChatWorld.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.e2e.E2e;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * send_event with rich_message, filled_form and custom (§3.7, §4.13; C39, C40), send_event_preview
 * (§4.14), send_rich_message_postback (§4.16) and request_thread_summary (§4.39, O16). Each LiveChat
 * type also reaches the visitor's Rocket.Chat widget as readable text.
 */
class EventTypesTest extends AliceServesAnn {
    private JsonNode lastEvent() {
        List<JsonNode> events = E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events"));
        return events.get(events.size() - 1);
    }

    private List<String> widgetTexts() {
        return E2e.texts(ann.client().messagesHistory(ann.roomId(), ann.token(), Map.of()).get("messages"), "msg");
    }


    private static final String RICH = "{'type':'rich_message','visibility':'all','template_id':'cards','custom_id':'c-1',"
            + "'elements':[{'title':'Pick one','subtitle':'please','buttons':[{'text':'Yes','type':'message','value':'yes',"
            + "'postback_id':'action_yes','user_ids':[]},{'text':'No','type':'message','value':'no','postback_id':'action_no',"
            + "'user_ids':[]}]}],'text':null,'fields':null,'url':null,'width':null}";

    private String sendRich() {
        return world.aliceApi.sendEvent(chatId, map(RICH), false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String json) {
        return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(E2e.json(json), Map.class);
    }

    @Test
    void c39_a_rich_message_keeps_template_id_and_elements_and_the_widget_shows_its_text() {
        String id = sendRich();
        JsonNode e = lastEvent();
        assertThat(e.get("id").asText()).isEqualTo(id);
        assertThat(e.get("type").asText()).isEqualTo("rich_message");
        assertThat(e.get("template_id").asText()).isEqualTo("cards");
        assertThat(e.get("custom_id").asText()).isEqualTo("c-1");
        assertThat(e.get("author_id").asText()).isEqualTo(world.alice.userId());
        assertThat(e.at("/elements/0/buttons/1/postback_id").asText()).isEqualTo("action_no");
        assertThat(e.has("text")).isFalse();
        assertThat(widgetTexts()).anyMatch(t -> t.contains("Pick one") && t.contains("[Yes]"));
    }

    @Test
    void c40_a_filled_form_is_emitted_in_the_doc_shape_and_the_sdk_value_shape_is_read_as_answer() {
        world.aliceApi.sendEvent(chatId, map("{'type':'filled_form','form_id':'f1','form_type':'prechat','fields':["
                + "{'type':'name','id':'1','label':'Your name','value':'Ann'},"
                + "{'type':'radio','id':'2','label':'Purpose','answer':{'id':'0','label':'Support'}},"
                + "{'type':'checkbox','id':'3','label':'Industry','answers':[{'id':'0','label':'it'}]}]}"), false);
        JsonNode e = lastEvent();
        assertThat(e.get("type").asText()).isEqualTo("filled_form");
        assertThat(e.get("form_id").asText()).isEqualTo("f1");
        assertThat(e.get("form_type").asText()).isEqualTo("prechat");
        assertThat(e.at("/fields/0/answer").asText()).isEqualTo("Ann");
        assertThat(e.at("/fields/0/value").asText()).isEqualTo("Ann");
        assertThat(e.at("/fields/1/answer/label").asText()).isEqualTo("Support");
        assertThat(e.at("/fields/2/answers/0/label").asText()).isEqualTo("it");
        assertThat(widgetTexts()).anyMatch(t -> t.contains("Your name: Ann") && t.contains("Purpose: Support"));
    }

    @Test
    void a_custom_event_keeps_its_content() {
        world.aliceApi.sendEvent(chatId, map("{'type':'custom','content':{'kind':'card','n':[1,2]}}"), false);
        JsonNode e = lastEvent();
        assertThat(e.get("type").asText()).isEqualTo("custom");
        assertThat(e.get("content")).isEqualTo(E2e.json("{'kind':'card','n':[1,2]}"));
    }

    @Test
    void c39_events_missing_their_required_fields_are_validation_errors() {
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, map("{'type':'rich_message','elements':[]}"), false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, map("{'type':'rich_message','template_id':'x'}"), false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId,
                map("{'type':'rich_message','template_id':'x','elements':[7]}"), false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, map("{'type':'filled_form'}"), false)), 400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, map("{'type':'filled_form','fields':{}}"), false)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.sendEvent(chatId, map("{'type':'form'}"), false)), 400, "validation");
    }

    @Test
    void send_event_preview_is_checked_but_never_stored() {
        int before = E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events")).size();
        JsonNode ok = world.aliceApi.call("send_event_preview", Map.of("chat_id", chatId,
                "event", Map.of("type", "message", "text", "Preview...", "visibility", "all", "custom_id", "p1")));
        assertThat(ok.toString()).isEqualTo("{}");
        assertThat(E2e.items(world.aliceApi.getChat(chatId, null).at("/thread/events"))).hasSize(before);
        assertError(failure(() -> world.aliceApi.call("send_event_preview", Map.of("chat_id", chatId,
                "event", Map.of("type", "message", "text", "x", "visibility", "agents")))), 400, "validation");
        assertError(failure(() -> world.aliceApi.call("send_event_preview", Map.of("chat_id", chatId,
                "event", Map.of("type", "custom")))), 400, "validation");
        assertError(failure(() -> world.aliceApi.call("send_event_preview", Map.of("chat_id", "nope",
                "event", Map.of("type", "message", "text", "x")))), 404, "not_found");
        world.aliceApi.deactivateChat(chatId, false);
        assertError(failure(() -> world.aliceApi.call("send_event_preview", Map.of("chat_id", chatId,
                "event", Map.of("type", "message", "text", "x")))), 400, "chat_inactive");
    }

    @Test
    void send_rich_message_postback_records_the_press_on_a_rich_message_only() {
        String eventId = sendRich();
        world.aliceApi.sendRichMessagePostback(chatId, eventId, ann.roomId(), "action_yes", false);
        world.aliceApi.sendRichMessagePostback(chatId, eventId, ann.roomId(), "action_yes", true);
        assertThat(lastEvent().has("postbacks")).isFalse();

        String message = world.aliceApi.sendEvent(chatId, dev.switchboard.client.livechat.AgentApi.message("plain"), false);
        assertError(failure(() -> world.aliceApi.sendRichMessagePostback(chatId, message, ann.roomId(), "a", true)),
                400, "validation");
        assertError(failure(() -> world.aliceApi.sendRichMessagePostback(chatId, "ghost", ann.roomId(), "a", true)),
                404, "not_found");
        assertError(failure(() -> world.aliceApi.sendRichMessagePostback(chatId, eventId, "ghost", "a", true)),
                404, "not_found");
        assertError(failure(() -> world.aliceApi.callRaw("send_rich_message_postback", "{\"chat_id\":\"" + chatId
                + "\",\"event_id\":\"" + eventId + "\",\"thread_id\":\"" + ann.roomId() + "\",\"postback\":{\"toggled\":true}}")),
                400, "validation");
    }

    @Test
    void o16_request_thread_summary_is_refused_plainly_after_the_chat_and_thread_are_checked() {
        assertError(failure(() -> world.aliceApi.call("request_thread_summary",
                Map.of("chat_id", chatId, "thread_id", ann.roomId()))), 400, "validation");
        assertError(failure(() -> world.aliceApi.call("request_thread_summary",
                Map.of("chat_id", chatId, "thread_id", "ghost"))), 404, "not_found");
        assertError(failure(() -> world.aliceApi.call("request_thread_summary",
                Map.of("chat_id", "ghost", "thread_id", ann.roomId()))), 404, "not_found");
    }
}
