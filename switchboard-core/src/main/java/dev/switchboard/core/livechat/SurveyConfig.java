package dev.switchboard.core.livechat;

import java.util.List;

/**
 * The satisfaction survey the widget shows after a chat: its items and the values each may take, as
 * {@code livechat/config} publishes them and {@code livechat/room.survey} accepts them
 * (rocketchat-livechat.md §3.4, §3.6). {@code agentResposiveness} keeps Rocket.Chat's misspelling,
 * which widgets send back verbatim.
 */
public final class SurveyConfig {
    /** The survey items, in the order the widget asks them. */
    public static final List<String> ITEMS = List.of("satisfaction", "agentKnowledge", "agentResposiveness", "agentFriendliness");
    /** The values every item may take. */
    public static final List<String> VALUES = List.of("1", "2", "3", "4", "5");
    /** The free-text answer, accepted with any value. */
    public static final String ADDITIONAL_FEEDBACK = "additionalFeedback";

    private SurveyConfig() {}

    /** Whether an answer belongs to the survey: a configured item with a configured value, or free text. */
    public static boolean accepts(String name, String value) {
        return ADDITIONAL_FEEDBACK.equals(name) || (ITEMS.contains(name) && VALUES.contains(value));
    }
}
