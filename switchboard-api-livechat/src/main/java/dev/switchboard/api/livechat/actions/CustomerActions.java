package dev.switchboard.api.livechat.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.UserJson;
import dev.switchboard.core.agentchat.CustomerFacts;
import dev.switchboard.core.agentchat.CustomerService.CustomerChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers (§4.25–§4.30): {@code get_customer} answers a top-level Customer (C11);
 * {@code create_customer} answers {@code {"customer_id"}}; the others {@code {}}.
 */
public final class CustomerActions {
    /** Most session fields a customer keeps; LiveChat documents none, this keeps rows small. */
    static final int MAX_SESSION_FIELDS = 100;

    private CustomerActions() {}

    public static void register(ActionRegistry r, AgentChatServices s) {
        r.add("get_customer", (caller, p) -> {
            CustomerFacts f = s.customers().get(caller.user(), p.requiredString("id"));
            return UserJson.customer(f, f.online(), null);
        });
        r.add("create_customer", (caller, p) -> {
            ObjectNode out = Wire.object();
            out.put("customer_id", s.customers().create(caller.user(), change(p)));
            return out;
        });
        r.add("update_customer", (caller, p) -> {
            String id = p.requiredString("id");
            s.customers().update(caller.user(), id, change(p));
            return Wire.object();
        });
        r.add("ban_customer", (caller, p) -> {
            String id = p.requiredString("id");
            Payload ban = p.object("ban");
            if (ban == null) throw ApiError.validation("`ban` is required");
            s.customers().ban(caller.user(), id, ban.unsigned("days", 0));
            return Wire.object();
        });
        r.add("follow_customer", (caller, p) -> {
            s.customers().follow(caller.user(), p.requiredString("id"), true);
            return Wire.object();
        });
        r.add("unfollow_customer", (caller, p) -> {
            s.customers().follow(caller.user(), p.requiredString("id"), false);
            return Wire.object();
        });
    }

    /** The SDK leaves out empty fields, so {@code ""} means "not given" (it cannot clear a field, §4.27). */
    private static CustomerChange change(Payload p) {
        return new CustomerChange(p.optionalString("name"), p.optionalString("email"), p.optionalString("avatar"),
                sessionFields(p));
    }

    /** {@code [{key: value}, …]} with string values (C33), in the given order; null when absent. */
    static List<Map<String, String>> sessionFields(Payload p) {
        List<JsonNode> items = p.array("session_fields");
        if (items == null) return null;
        if (items.size() > MAX_SESSION_FIELDS) throw ChatReadActions.tooMany("session_fields", MAX_SESSION_FIELDS);
        List<Map<String, String>> out = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            if (!item.isObject()) throw ApiError.validation("`session_fields` must be an array of objects");
            Map<String, String> field = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) throw ApiError.validation("`session_fields` values must be strings");
                field.put(e.getKey(), e.getValue().asText());
            });
            out.add(field);
        }
        return out;
    }
}
