package dev.switchboard.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A visitor's answers to the satisfaction survey of one thread (Rocket.Chat's {@code surveyFeedback}).
 * Kept apart from {@link Thread} because few threads have one and nothing on the hot path reads it.
 *
 * @param items     the answers in the order given, one per name; never null
 * @param createdAt when these answers were given (a new submission replaces the old one)
 */
public record SurveyFeedback(String threadId, List<Item> items, Instant createdAt) {
    public SurveyFeedback {
        Objects.requireNonNull(threadId, "threadId");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One answer: a survey item name and its value (both never null). */
    public record Item(String name, String value) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
