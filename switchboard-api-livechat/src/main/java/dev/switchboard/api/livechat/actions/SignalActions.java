package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.ChatSignals.Indicator;
import dev.switchboard.core.agentchat.MulticastService.Recipients;
import dev.switchboard.core.event.DomainEvent.IndicatorKind;
import java.time.Instant;
import java.util.List;

/**
 * What is signalled rather than stored as an event: {@code mark_events_as_seen} (§4.33),
 * {@code send_typing_indicator} (§4.35), {@code send_thinking_indicator} (§4.36) and
 * {@code multicast} (§4.37).
 */
public final class SignalActions {
    /** Longest thinking title or description: indicator text is a short status line. */
    static final int MAX_INDICATOR_TEXT = 1024;

    private SignalActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("mark_events_as_seen", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            Instant upTo = p.time("seen_up_to");
            if (upTo == null) throw ApiError.validation("`seen_up_to` is required");
            s.signals().markSeen(caller.user(), chatId, upTo);
            return Wire.object();
        });
        r.add("send_typing_indicator", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            s.signals().indicate(caller.user(), chatId,
                    new Indicator(IndicatorKind.TYPING, agentsOnly(p), p.bool("is_typing", false), null, null, null));
            return Wire.object();
        });
        r.add("send_thinking_indicator", (caller, p) -> {
            String chatId = p.requiredString("chat_id");
            s.signals().indicate(caller.user(), chatId, new Indicator(IndicatorKind.THINKING, agentsOnly(p), true,
                    text(p, "title"), text(p, "description"), text(p, "custom_id")));
            return Wire.object();
        });
        r.add("multicast", (caller, p) -> {
            Payload recipients = p.object("recipients");
            if (recipients == null) throw ApiError.validation("`recipients` is required");
            JsonNode content = p.get("content");
            if (content == null) throw ApiError.validation("`content` is required");
            s.multicast().send(caller.user(), recipients(recipients), Wire.MAPPER.convertValue(content, Object.class),
                    p.optionalString("type"));
            return Wire.object();
        });
    }

    /** {@code visibility}: {@code all} (the default, also for {@code ""}) or {@code agents}. */
    private static boolean agentsOnly(Payload p) {
        String visibility = p.optionalString("visibility");
        if (visibility == null || visibility.equals("all")) return false;
        if (visibility.equals("agents")) return true;
        throw ApiError.validation("`visibility` must be all or agents");
    }

    private static String text(Payload p, String key) {
        String value = p.optionalString(key);
        if (value != null && value.length() > MAX_INDICATOR_TEXT) {
            throw ApiError.validation("`" + key + "` takes at most " + MAX_INDICATOR_TEXT + " characters");
        }
        return value;
    }

    private static Recipients recipients(Payload p) {
        Payload agents = p.object("agents");
        Payload customers = p.object("customers");
        List<String> ids = agents == null ? null : agents.strings("ids");
        List<Long> groups = agents == null ? null : ChatsFilter.groupIds(renamed(agents));
        List<String> customerIds = customers == null ? null : customers.strings("ids");
        return new Recipients(ids == null ? List.of() : ids, groups == null ? List.of() : groups,
                agents != null && agents.bool("all", false), customerIds == null ? List.of() : customerIds);
    }

    /** {@code agents.groups} read with the group id rules of filters (numbers, or numeric strings, P13). */
    private static Payload renamed(Payload agents) {
        var copy = Wire.object();
        if (agents.has("groups")) copy.set("group_ids", agents.get("groups"));
        return new Payload(copy);
    }
}
