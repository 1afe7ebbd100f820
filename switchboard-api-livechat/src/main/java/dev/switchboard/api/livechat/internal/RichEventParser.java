package dev.switchboard.api.livechat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payloads of the event types Rocket.Chat has no form for (§3.7.1, C39, C40): {@code rich_message}
 * ({@code template_id}, {@code elements}), {@code filled_form} ({@code fields}, optional
 * {@code form_id}/{@code form_type}; the SDK's old {@code value} is read as the doc shape's
 * {@code answer}) and {@code custom} ({@code content}, any JSON). Each also gets a plain text, which
 * is what Rocket.Chat clients (the visitor's widget, the agent's room) show for it.
 */
final class RichEventParser {
    private RichEventParser() {}

    /** What {@link EventParser} stores: the wire fields and the text Rocket.Chat clients show. */
    record Parsed(String text, Map<String, Object> payload) {}

    static Parsed richMessage(Payload e) {
        String templateId = e.requiredString("template_id");
        List<JsonNode> elements = e.array("elements");
        if (elements == null) throw ApiError.validation("`event.elements` is required");
        List<String> lines = new ArrayList<>();
        for (JsonNode element : elements) {
            Payload el = new Payload(element);
            line(lines, el.string("title"));
            line(lines, el.string("subtitle"));
            Payload image = el.object("image");
            if (image != null) line(lines, image.requiredString("url"));
            List<JsonNode> buttons = el.array("buttons");
            for (JsonNode button : buttons == null ? List.<JsonNode>of() : buttons) {
                line(lines, "[" + nonNull(new Payload(button).string("text")) + "]");
            }
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("template_id", templateId);
        payload.put("elements", EventParser.plain(e.raw().get("elements")));
        return new Parsed(String.join("\n", lines), payload);
    }

    static Parsed filledForm(Payload e) {
        List<JsonNode> fields = e.array("fields");
        if (fields == null) throw ApiError.validation("`event.fields` is required");
        List<Object> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (JsonNode f : fields) {
            Payload field = new Payload(f);
            String label = nonNull(field.string("label"));
            ObjectNode copy = field.raw().deepCopy();
            JsonNode answer = field.get("answer");
            if (answer == null && field.get("value") != null) {
                answer = copy.put("answer", field.string("value")).get("answer");   // the SDK's old shape
            }
            if (answer != null && answer.isTextual()) copy.put("value", answer.asText());
            lines.add(label + ": " + answerText(answer, field.get("answers")));
            out.add(EventParser.plain(copy));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        if (e.optionalString("form_id") != null) payload.put("form_id", e.optionalString("form_id"));
        if (e.optionalString("form_type") != null) payload.put("form_type", e.optionalString("form_type"));
        payload.put("fields", out);
        return new Parsed(String.join("\n", lines), payload);
    }

    static Parsed custom(Payload e) {
        Map<String, Object> payload = new LinkedHashMap<>();
        JsonNode content = e.get("content");
        if (content != null) payload.put("content", EventParser.plain(content));
        return new Parsed("", payload);
    }

    private static String answerText(JsonNode answer, JsonNode answers) {
        if (answers != null && answers.isArray()) {
            List<String> labels = new ArrayList<>();
            answers.forEach(a -> labels.add(a.path("label").asText(a.asText())));
            return String.join(", ", labels);
        }
        if (answer == null) return "";
        return answer.isObject() ? answer.path("label").asText("") : answer.asText();
    }

    private static void line(List<String> lines, String text) {
        if (text != null && !text.isBlank()) lines.add(text);
    }

    private static String nonNull(String s) { return s == null ? "" : s; }
}
