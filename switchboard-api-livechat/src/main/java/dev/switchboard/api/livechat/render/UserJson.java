package dev.switchboard.api.livechat.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.internal.Times;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.agentchat.CustomerFacts;
import dev.switchboard.core.model.Contact;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.Presence;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import java.time.Instant;
import java.util.Map;

/**
 * Agents and customers as LiveChat users (§3.3). A customer carries every key the SDK's
 * {@code User.Customer()} converter needs, {@code null} where Switchboard has no value (C38), and
 * both {@code last_visit} and {@code visit}.
 */
public final class UserJson {
    private UserJson() {}

    /** LiveChat's routing status of an agent: {@code accepting_chats}, {@code not_accepting_chats}, {@code offline}. */
    public static String routingStatus(User u) {
        if (!u.hasRole(Role.BOT) && (u.status() == null || u.status() == Presence.OFFLINE)) return "offline";
        return u.livechatStatus() == LivechatStatus.AVAILABLE ? "accepting_chats" : "not_accepting_chats";
    }

    /** @param seenUpTo nullable */
    public static ObjectNode agent(User u, boolean present, Instant seenUpTo, String visibility) {
        ObjectNode n = Wire.object();
        n.put("id", u.id());
        n.put("type", "agent");
        n.put("name", u.name() == null ? u.username() : u.name());
        n.put("email", u.email() == null ? "" : u.email());
        n.put("present", present);
        if (seenUpTo != null) n.put("events_seen_up_to", Times.format(seenUpTo));
        n.put("visibility", visibility == null ? "all" : visibility);
        n.put("routing_status", routingStatus(u));
        return n;
    }

    /** @param seenUpTo nullable */
    public static ObjectNode customer(CustomerFacts f, boolean present, Instant seenUpTo) {
        Contact c = f.contact();
        ObjectNode n = Wire.object();
        n.put("id", c.id());
        n.put("type", "customer");
        n.put("name", c.displayName());
        if (c.email() != null) n.put("email", c.email());
        n.put("present", present);
        if (seenUpTo != null) n.put("events_seen_up_to", Times.format(seenUpTo));
        n.put("created_at", Times.format(c.createdAt()));
        n.put("email_verified", false);
        ObjectNode visit = visit(f);
        n.set("last_visit", visit);
        n.set("visit", visit == null ? null : visit.deepCopy());
        ObjectNode stats = n.putObject("statistics");
        stats.put("visits_count", f.threadsCount());
        stats.put("threads_count", f.threadsCount());
        stats.put("chats_count", f.chatsCount());
        stats.put("page_views_count", f.pageViewsCount());
        stats.put("greetings_shown_count", 0);
        stats.put("greetings_accepted_count", 0);
        n.put("agent_last_event_created_at", Times.format(f.agentLastEventAt()));
        n.put("customer_last_event_created_at", Times.format(f.customerLastEventAt()));
        n.set("session_fields", sessionFields(f));
        n.put("followed", f.followed());
        n.put("online", f.online());
        n.put("state", f.online() ? "chatting" : "");
        n.putArray("group_ids").add(0);
        return n;
    }

    /**
     * The session fields, then the contact's Rocket.Chat custom fields ({@code livechat/custom.field},
     * the widget's {@code setCustomField}) that no session field names: both are the visitor's own
     * key-value data, and v3.6 has no other place for it. String values only (C38).
     */
    private static com.fasterxml.jackson.databind.node.ArrayNode sessionFields(CustomerFacts f) {
        var fields = Wire.array();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Map<String, String> field : f.sessionFields()) {
            ObjectNode o = fields.addObject();
            field.forEach(o::put);
            keys.addAll(field.keySet());
        }
        Map<String, String> custom = f.contact().customFields();
        if (custom != null) {
            new java.util.TreeMap<>(custom).forEach((key, value) -> {
                if (value != null && keys.add(key)) fields.addObject().put(key, value);
            });
        }
        return fields;
    }

    /**
     * A Visit (§3.3.4): its start is the customer's latest thread, its pages the Rocket.Chat widget's
     * page visits in it, newest first; null before the first thread.
     */
    private static ObjectNode visit(CustomerFacts f) {
        if (f.lastVisitAt() == null) return null;
        ObjectNode v = Wire.object();
        v.put("started_at", Times.format(f.lastVisitAt()));
        var pages = v.putArray("last_pages");
        for (CustomerFacts.PageView page : f.lastPages()) {
            ObjectNode o = pages.addObject();
            o.put("opened_at", Times.format(page.openedAt()));
            o.put("url", page.url());
            o.put("title", page.title());
        }
        return v;
    }
}
