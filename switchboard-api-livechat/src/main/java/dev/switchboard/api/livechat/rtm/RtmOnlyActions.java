package dev.switchboard.api.livechat.rtm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.api.livechat.internal.ApiError;
import dev.switchboard.api.livechat.internal.Payload;
import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.api.livechat.render.UserJson;
import dev.switchboard.core.agentchat.ChatSnapshot;
import dev.switchboard.core.error.SwitchboardException;
import dev.switchboard.core.model.LivechatStatus;
import dev.switchboard.core.model.User;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RTM-only actions (§5.4, C50): {@code login}, {@code logout}, {@code set_away_status},
 * {@code update_session}, {@code subscribe_customers}, {@code unsubscribe_customers}. Auto-away: when
 * every RTM connection of an agent is away, the agent stops accepting chats (core
 * {@code AgentStatusService}); when one comes back, an agent that auto-away had stopped accepts again.
 * Thread-safe.
 */
final class RtmOnlyActions {
    /** An action that needs the connection and its session. */
    @FunctionalInterface
    interface RtmAction {
        JsonNode run(RtmConnection c, RtmSession session, Payload p);
    }

    private final AgentChatServices s;
    private final RtmSessions sessions;
    private final RtmLogin login;
    private final Set<String> madeAway = ConcurrentHashMap.newKeySet();
    private final Map<String, RtmAction> actions;

    RtmOnlyActions(AgentChatServices s, RtmSessions sessions, Instant licenseCreated) {
        this.s = s;
        this.sessions = sessions;
        this.login = new RtmLogin(s, licenseCreated);
        this.actions = Map.of(
            "logout", (c, session, p) -> Wire.object(),
            "set_away_status", (c, session, p) -> {
                if (p.optionalBool("away") == null) throw ApiError.validation("`away` is required");
                away(session, p.bool("away", false));
                return Wire.object();
            },
            "update_session", (c, session, p) -> {
                User user = RtmLogin.authenticate(s, p.requiredString("token"));
                if (!user.id().equals(session.user().id())) throw ApiError.authentication();
                session.updateUser(user);
                return Wire.object();
            },
            "subscribe_customers", this::subscribe,
            "unsubscribe_customers", (c, session, p) -> {
                if (!session.customerSubscriptions().remove(p.requiredString("subscription_id"))) {
                    throw ApiError.notFound("Subscription not found");
                }
                return Wire.object();
            });
    }

    Optional<RtmAction> find(String name) { return Optional.ofNullable(actions.get(name)); }

    /** Logs a connection in, or resumes its session (see {@link RtmLogin}); then {@code incoming_customers}. */
    void login(RtmConnection c, String requestId, Payload p) {
        if (c.session() != null) throw ApiError.validation("Already logged in");
        RtmLogin.Request r = login.parse(p);
        String organization = c.organizationId == null ? "switchboard" : c.organizationId;
        RtmSession previous = r.resumeSession() == null ? null : sessions.claim(r.resumeSession(), r.user()).orElse(null);
        RtmSession session = null;
        List<ChatSnapshot> chats = List.of();
        try {
            if (previous != null && previous.canResume(r.resumeSeq())) {
                previous.updateUser(r.user());
                chats = login.activeChats(r.user());
                String response = RtmFrames.response(requestId, "login",
                        login.response(r.user(), chats, c.baseUrl, organization, previous.id(), true));
                if (previous.attach(c.socket, response, r.resumeSeq())) {
                    sessions.resumed(previous);
                    session = previous;
                    c.session(session);
                }
            }
            if (session == null) {
                session = sessions.open(r.user(), r.pushes(), c.baseUrl);
                try {
                    chats = login.activeChats(r.user());   // read after listening: nothing falls in between
                    RtmLogin.threadsIn(r.user(), chats).forEach(session::know);
                    session.attach(c.socket, RtmFrames.response(requestId, "login",
                            login.response(r.user(), chats, c.baseUrl, organization, session.id(), false)), 0);
                } catch (RuntimeException e) {
                    sessions.end(session);   // no socket will ever hold it: it must not keep the agent's presence
                    throw e;
                }
                c.session(session);
            }
            // The socket closed while this login ran: its close handler found no session to park.
            if (c.isClosed()) sessions.socketLost(c);
        } finally {
            // A claimed session that was not resumed ends only now, when the new one already holds the
            // agent's presence (or the login failed): never left claimed, never a dip to offline.
            if (previous != null && previous != session) sessions.end(previous);
        }
        c.socket.send(RtmFrames.push("incoming_customers", RtmLogin.incomingCustomers(r.monitoringLevel(), r.user(), chats)));
        if (r.away()) away(session, true);
    }

    /** Work after an action's response went out: {@code logout} ends every session of the agent on this node. */
    void after(RtmConnection c, RtmSession session, String action) {
        if (!"logout".equals(action)) return;
        setStatus(session.user(), LivechatStatus.NOT_AVAILABLE);
        for (RtmSession other : sessions.of(session.user().id())) {
            other.send(RtmFrames.push("agent_disconnected", Wire.object().put("reason", "agent_logged_out_remotely")));
            sessions.end(other);
        }
    }

    private void away(RtmSession session, boolean away) {
        session.setAway(away);
        User user = session.user();
        boolean allAway = sessions.of(user.id()).stream().allMatch(RtmSession::away);
        if (allAway && away && madeAway.add(user.id())) {
            setStatus(user, LivechatStatus.NOT_AVAILABLE);
        } else if (!away && madeAway.remove(user.id())) {
            setStatus(user, LivechatStatus.AVAILABLE);
        }
    }

    private void setStatus(User user, LivechatStatus status) {
        try {
            s.agentStatus().set(user, null, status);
        } catch (SwitchboardException e) {
            // Business hours may forbid accepting chats now; the away state itself still holds.
        }
    }

    /** {@code subscribe_customers}: the customers of active chats in the given groups (all when absent). */
    private JsonNode subscribe(RtmConnection c, RtmSession session, Payload p) {
        List<JsonNode> groupItems = p.array("group_ids");
        Set<Long> groups = null;
        if (groupItems != null) {
            groups = new HashSet<>();
            for (JsonNode g : groupItems) {
                if (!g.isIntegralNumber() || g.asLong() < 0) throw ApiError.validation("group ids must be non-negative integers");
                groups.add(g.asLong());
            }
        }
        long limit = p.unsigned("limit", 100);
        if (limit < 1 || limit > 100) throw ApiError.validation("`limit` must be between 1 and 100");
        String id = UUID.randomUUID().toString().replace("-", "");
        session.customerSubscriptions().add(id);
        ObjectNode out = Wire.object();
        out.put("subscription_id", id);
        ArrayNode customers = out.putArray("customers");
        Set<String> seen = new HashSet<>();
        for (ChatSnapshot chat : login.activeChats(session.user())) {
            if (customers.size() >= limit || chat.customer() == null) continue;
            if (groups != null && !groups.contains(chat.groupId())) continue;
            if (seen.add(chat.customer().contact().id())) customers.add(UserJson.customer(chat.customer(), true, null));
        }
        return out;
    }
}
