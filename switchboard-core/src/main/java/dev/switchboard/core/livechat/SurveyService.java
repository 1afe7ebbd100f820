package dev.switchboard.core.livechat;

import dev.switchboard.core.error.Invalid;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.SurveyFeedback;
import dev.switchboard.core.model.Thread;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A visitor's answers to the satisfaction survey of one of its rooms, open or closed
 * ({@code livechat/room.survey}, rocketchat-livechat.md §3.4). Answers outside {@link SurveyConfig}
 * are dropped, not refused, as upstream does; a new submission replaces the previous one. The survey
 * configuration is built in, so upstream's {@code invalid-livechat-config} cannot occur. Thread-safe.
 */
public final class SurveyService {
    private final Store store;
    private final Clock clock;

    public SurveyService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores the accepted answers; when a name comes twice, its last value counts.
     *
     * @return what was stored
     * @throws Invalid plain {@code invalid-token}, {@code invalid-room}, or {@code invalid-data} when no
     *                 answer belongs to the survey; {@code invalid-params} for a free text longer than
     *                 a message may be
     */
    public SurveyFeedback submit(String token, String rid, List<SurveyFeedback.Item> answers) {
        for (SurveyFeedback.Item a : answers) {
            if (SurveyConfig.ADDITIONAL_FEEDBACK.equals(a.name())
                    && a.value().codePointCount(0, a.value().length()) > MessageService.MAX_MESSAGE_LENGTH) {
                throw new Invalid("invalid-params", "'data[].value' of additionalFeedback must be at most "
                        + MessageService.MAX_MESSAGE_LENGTH + " characters");
            }
        }
        return store.write(tx -> {
            Contact contact = VisitorRooms.contact(tx, token);
            Thread thread = VisitorRooms.room(tx, contact, rid);
            Map<String, String> kept = new LinkedHashMap<>();
            for (SurveyFeedback.Item a : answers) {
                if (SurveyConfig.accepts(a.name(), a.value())) kept.put(a.name(), a.value());
            }
            if (kept.isEmpty()) throw new Invalid("invalid-data", null);
            List<SurveyFeedback.Item> items = new ArrayList<>();
            kept.forEach((name, value) -> items.add(new SurveyFeedback.Item(name, value)));
            SurveyFeedback feedback = new SurveyFeedback(thread.id(), items, clock.instant());
            tx.surveys().put(feedback);
            return feedback;
        });
    }
}
