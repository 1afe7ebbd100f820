package dev.switchboard.core.agentchat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of LiveChat {@code list_archives} (§3.9.3, C21), already validated; every field is
 * optional (null: any). Filters on things Switchboard does not record (sales, goals, greetings,
 * customer countries) see no values, so {@code exists: false} and exclusions pass every thread while
 * {@code exists: true} and {@code values} pass none.
 *
 * @param departmentIds  the groups' departments; a null entry means "no department" (group 0)
 * @param query          case-insensitive text searched in the thread's events
 * @param surveys        answers to the post-chat survey (Rocket.Chat's room survey); pre-chat answers
 *                       are not recorded by Switchboard, so a pre-chat condition matches nothing
 * @param surveyExists   true: threads with a survey; false: without (the docs' {@code forms.<form>.exists})
 * @param absent         filters on data Switchboard has none of (see above)
 * @param agentTypes     {@code human}, {@code chatbot}: all/any/exclude lists, as a value filter on the
 *                       serving agent's kind (nullable)
 * @param agentResponded threads with (true) or without (false) an agent's message (nullable)
 */
public record ArchiveQuery(List<String> threadIds, List<String> chatIds, ValueFilter agents, ValueFilter tags,
                           Set<String> departmentIds, Instant from, Instant to, String query, String customerId,
                           String customerEmail, ValueFilter eventTypes, List<SurveyAnswer> surveys, Boolean surveyExists,
                           List<PropertyFilter> properties, List<ValueFilter> absent, List<ValueFilter> agentTypes,
                           Boolean agentResponded, boolean ascending) {
    public ArchiveQuery {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
        properties = properties == null ? List.of() : List.copyOf(properties);
        absent = absent == null ? List.of() : List.copyOf(absent);
        agentTypes = agentTypes == null ? List.of() : List.copyOf(agentTypes);
    }

    /** One survey condition: {@code postChat} false means pre-chat; {@code answer} matches an answer's value. */
    public record SurveyAnswer(boolean postChat, String answer) {}
}
