package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.AgentAuth;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.ChatJson;
import dev.switchboard.api.livechat.render.UserJson;
import dev.switchboard.core.agentchat.ChatAccess;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.model.Role;
import dev.switchboard.core.model.User;
import dev.switchboard.core.store.ChatStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RTM {@code login} (§5.3, C49): the request's options, and the response's license, profile and chat
 * summaries. Switchboard's resumption extension: the response carries {@code session_id}; a later
 * login may send {@code "resume":{"session_id","seq"}} (the last push {@code seq} it received) and then
 * gets {@code "resumed":true} followed by exactly the pushes it missed, or {@code "resumed":false} and
 * a fresh session whose {@code chats_summary} is the state to reload. Thread-safe.
 */
final class RtmLogin {
    static final Set<String> MONITORING_LEVELS = Set.of("my", "chatting", "invited", "online", "highest_available");
    private static final int SUMMARY_CHATS = 100;

    /** What a login asked for. {@code pushes} null means all; {@code resumeSession} null means a new session. */
    record Request(User user, Set<String> pushes, String monitoringLevel, boolean away, String resumeSession, long resumeSeq) {}

    private final AgentChatServices s;
    private final Instant licenseCreated;

    RtmLogin(AgentChatServices s, Instant licenseCreated) {
        this.s = s;
        this.licenseCreated = licenseCreated;
    }

    /** Authenticates the token (scheme inside, C49) and checks every option's type. Bots may not log in (C51). */
    Request parse(Payload p) {
        User user = authenticate(s, p.requiredString("token"));
        p.string("timezone");
        p.optionalBool("reconnect");
        p.object("application");
        String level = p.optionalString("customer_monitoring_level");
        if (level != null && !MONITORING_LEVELS.contains(level)) throw ApiError.validation("Unknown customer_monitoring_level");
        Payload resume = p.object("resume");
        String session = resume == null ? null : resume.optionalString("session_id");
        long seq = resume == null ? 0 : resume.unsigned("seq", 0);
        return new Request(user, pushes(p.object("pushes")), level == null ? "my" : level, p.bool("away", false), session, seq);
    }

    /** A token with its scheme ({@code Bearer …} or {@code Basic …}); bots use the Web API only (§5.1). */
    static User authenticate(AgentChatServices s, String token) {
        User user = AgentAuth.authenticate(s.accounts(), token);
        if (user.hasRole(Role.BOT)) throw ApiError.authorization("Bots cannot use the RTM API");
        return user;
    }

    /** {@code {"3.6": ["incoming_chat", …] | ["all"]}}: only this connection's version counts; absent means all. */
    private static Set<String> pushes(Payload pushes) {
        if (pushes == null) return null;
        for (var entry : pushes.raw().properties()) {
            if (!entry.getValue().isArray() && !entry.getValue().isNull()) throw ApiError.validation("`pushes` values must be arrays");
        }
        List<String> names = pushes.strings(RtmFrames.VERSION);
        if (names == null || names.contains("all")) return null;
        return Set.copyOf(names);
    }

    /** The login response payload; {@code summaries} are the agent's active chats. */
    ObjectNode response(User user, List<ChatSnapshot> summaries, String baseUrl, String organizationId, String sessionId,
                        boolean resumed) {
        ObjectNode out = Wire.object();
        ObjectNode license = out.putObject("license");
        license.put("id", "1");
        license.put("organization_id", organizationId);
        license.put("plan", "enterprise");
        license.put("expiration_timestamp", licenseCreated.plusSeconds(100L * 365 * 86_400).getEpochSecond());
        license.put("creation_timestamp", licenseCreated.getEpochSecond());
        license.put("in_trial", false);
        ObjectNode profile = UserJson.agent(user, true, null, "all");
        profile.remove("visibility");
        profile.put("permission", user.hasRole(Role.ADMIN) ? "administrator" : "normal");
        out.set("my_profile", profile);
        ArrayNode chats = out.putArray("chats_summary");
        for (ChatSnapshot chat : summaries) chats.add(ChatJson.summary(chat, baseUrl));
        out.put("session_id", sessionId);
        out.put("resumed", resumed);
        return out;
    }

    /** The active chats the agent may see, newest first. */
    List<ChatSnapshot> activeChats(User user) {
        return s.chatReader().list(user, new ChatStore.ChatQuery(null, null, true, false, null, false), 0, SUMMARY_CHATS).items();
    }

    /** The chats the agent is in: their threads are the ones its connection follows from the start. */
    static Set<String> threadsIn(User user, List<ChatSnapshot> chats) {
        Set<String> out = new HashSet<>();
        for (ChatSnapshot c : chats) {
            if (c.thread() != null && ChatAccess.isIn(user, c.thread(), c.members())) out.add(c.thread().id());
        }
        return out;
    }

    /** {@code incoming_customers} after login (§5.3): the customers of the chats the agent is in (level {@code my}). */
    static JsonNode incomingCustomers(String level, User user, List<ChatSnapshot> chats) {
        ObjectNode out = Wire.object();
        out.put("customer_monitoring_level", level);
        ArrayNode customers = out.putArray("customers");
        Set<String> seen = new LinkedHashSet<>();
        for (ChatSnapshot c : chats) {
            if (c.customer() == null || c.thread() == null || !ChatAccess.isIn(user, c.thread(), c.members())) continue;
            if (seen.add(c.customer().contact().id())) customers.add(UserJson.customer(c.customer(), true, null));
        }
        return out;
    }
}
