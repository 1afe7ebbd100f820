package dev.switchboard.mediator.notes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.model.Ids;
import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.store.StoreTx;
import dev.switchboard.mediator.JsonText;
import dev.switchboard.mediator.MediatorConfig;
import java.time.Instant;
import java.util.Iterator;

/**
 * The agents-only notes of live-agents-mediator.md §5.7 and §9.2, worded from the configured texts
 * with the start of the message concerned, so the agent knows which one the contact did not get.
 * Immutable, thread-safe.
 */
public final class AgentNoteTexts {
    private static final int EXCERPT = 80;
    private final MediatorConfig.Notes texts;
    private final int maxLength;

    public AgentNoteTexts(MediatorConfig.Notes texts, int maxLength) {
        this.texts = texts;
        this.maxLength = maxLength;
    }

    /** Queues the {@code reject}-mode note in the caller's transaction: posted once that transaction commits. */
    public void queueTooLong(StoreTx tx, String rid, String message, Instant now) {
        String text = texts.tooLong().replace("{max}", String.valueOf(maxLength)).replace("{text}", excerpt(message));
        tx.outbox().add(OutboxItem.pending(Ids.newId(), OutboxItem.AGENT_NOTE, "too-long", rid, text, rid, now));
    }

    /** The note for a RapidPro request that failed for good; {@code body} is the request's JSON. */
    public String deliveryFailed(String body) {
        return texts.deliveryFailed().replace("{max}", String.valueOf(maxLength)).replace("{text}", excerpt(textOf(body)));
    }

    /** The {@code text} of any flavour: a string, or the first translation of a dict. */
    private static String textOf(String body) {
        Object parsed = JsonText.parsedOrText(body);
        JsonNode text = JsonText.MAPPER.valueToTree(parsed).path("text");
        if (text.isObject()) {
            Iterator<JsonNode> values = text.elements();
            return values.hasNext() ? values.next().asText("") : "";
        }
        return text.asText("");
    }

    private static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) return text;
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
