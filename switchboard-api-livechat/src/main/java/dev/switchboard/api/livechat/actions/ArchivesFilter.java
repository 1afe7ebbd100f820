package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.core.agentchat.ArchiveQuery;
import dev.switchboard.core.agentchat.ValueFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code list_archives} filters (§3.9.3, C21): the SDK's {@code surveys} and the docs' {@code forms}
 * (P8), {@code thread_ids} (≤ 20, alone), {@code chat_ids} (≤ 1000), {@code group_ids} (≤ 200), and
 * every other documented key. {@code forms.<form>} is read as a condition on the thread's post-chat
 * survey, the only form Switchboard records.
 */
final class ArchivesFilter {
    private ArchivesFilter() {}

    static ArchiveQuery toQuery(Payload f, boolean ascending, AgentChatServices s) {
        if (f == null) f = new Payload(dev.switchboard.api.livechat.internal.Wire.object());
        List<String> threadIds = f.strings("thread_ids");
        if (threadIds != null) {
            if (threadIds.size() > 20) throw ChatReadActions.tooMany("filters.thread_ids", 20);
            f.raw().properties().forEach(e -> {
                if (!e.getKey().equals("thread_ids") && !e.getValue().isNull()) {
                    throw ApiError.validation("`filters.thread_ids` cannot be combined with other filters");
                }
            });
        }
        List<String> chatIds = f.strings("chat_ids");
        if (chatIds != null && chatIds.size() > 1000) throw ChatReadActions.tooMany("filters.chat_ids", 1000);
        List<Long> groups = ChatsFilter.groupIds(f);
        List<ArchiveQuery.SurveyAnswer> surveys = new ArrayList<>();
        for (JsonNode n : nonNull(f.array("surveys"))) {
            Payload survey = new Payload(n);
            surveys.add(new ArchiveQuery.SurveyAnswer(postChat(survey.requiredString("type")), survey.requiredString("answer_id")));
        }
        Boolean surveyExists = forms(f.object("forms"), surveys);
        List<ValueFilter> absent = new ArrayList<>();
        for (String key : List.of("sales", "goals", "greetings", "customer_countries")) {
            ValueFilter v = ValueFilters.of(f, key);
            if (v != null) absent.add(v);
        }
        List<ValueFilter> agentTypes = agentTypes(f.object("agent_types"));
        Payload response = f.object("agent_response");
        return new ArchiveQuery(threadIds, chatIds, ValueFilters.of(f, "agents"), ValueFilters.of(f, "tags"),
                groups == null ? null : ChatsFilter.departments(groups, s), f.time("from"), f.time("to"),
                f.optionalString("query"), f.optionalString("customer_id"), f.optionalString("customer_email"),
                ValueFilters.of(f, "event_types"), surveys, surveyExists, ValueFilters.properties(f), absent, agentTypes,
                response == null ? null : response.optionalBool("exists"), ascending);
    }

    /** The docs' {@code forms}: each form's {@code type}, {@code values} (answer ids) and {@code exists}. */
    private static Boolean forms(Payload forms, List<ArchiveQuery.SurveyAnswer> surveys) {
        if (forms == null) return null;
        Boolean exists = null;
        for (Map.Entry<String, JsonNode> form : forms.raw().properties()) {
            Payload cond = forms.object(form.getKey());
            if (cond == null) continue;
            String type = cond.optionalString("type");
            boolean post = type == null || postChat(type);
            for (String answer : nonNullStrings(cond.strings("values"))) surveys.add(new ArchiveQuery.SurveyAnswer(post, answer));
            cond.strings("exclude_values");
            cond.time("from");
            cond.time("to");
            if (cond.optionalBool("exists") != null) exists = cond.optionalBool("exists");
        }
        return exists;
    }

    private static List<ValueFilter> agentTypes(Payload t) {
        if (t == null) return List.of();
        List<ValueFilter> out = new ArrayList<>();
        List<String> all = kinds(t, "all_values");
        List<String> any = kinds(t, "any_values");
        List<String> exclude = kinds(t, "exclude_values");
        if (all != null) out.add(new ValueFilter(null, all, null, true));
        if (any != null) out.add(new ValueFilter(null, any, null, false));
        if (exclude != null) out.add(new ValueFilter(null, null, exclude, false));
        return out;
    }

    private static List<String> kinds(Payload t, String key) {
        List<String> kinds = t.strings(key);
        if (kinds != null && !List.of("human", "chatbot", "ai_agent").containsAll(kinds)) {
            throw ApiError.validation("`agent_types` values are human, chatbot and ai_agent");
        }
        return kinds;
    }

    private static boolean postChat(String type) {
        return switch (type) {
            case "post_chat" -> true;
            case "pre_chat" -> false;
            default -> throw ApiError.validation("Survey type must be pre_chat or post_chat");
        };
    }

    private static List<JsonNode> nonNull(List<JsonNode> l) { return l == null ? List.of() : l; }

    private static List<String> nonNullStrings(List<String> l) { return l == null ? List.of() : l; }
}
