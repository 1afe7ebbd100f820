package dev.switchboard.api.livechat.rtm;

import dev.switchboard.api.livechat.AgentChatServices;
import dev.switchboard.core.model.User;
import dev.switchboard.core.realtime.ResumableSessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The node's RTM sessions: by id for resumption (a lost socket's session is parked for the resume
 * window, still buffering pushes), and by agent for what concerns all of an agent's connections
 * (auto-away, logout). Session ids are unguessable, and resuming also needs the agent's token.
 * Each session is one connection of its agent in {@code AgentConnections}, from its opening until it
 * is released: ended (logout, failed resume) or expired unclaimed after the resume window. A parked
 * session still holds the agent's presence and a resumed one never let it go, as with DDP sessions.
 * Those calls are made outside any lock here, since they write and publish presence changes.
 * Thread-safe.
 */
final class RtmSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AgentChatServices s;
    private final RtmLimits limits;
    private final ResumableSessions<RtmSession> resumable;
    private final Map<String, Set<RtmSession>> byAgent = new ConcurrentHashMap<>();
    private final PushRenderer renderer;
    private volatile String lastBaseUrl = "";

    RtmSessions(AgentChatServices s, RtmLimits limits, Clock clock) {
        this.s = s;
        this.limits = limits;
        this.resumable = new ResumableSessions<>(limits.resumeWindow(), clock, this::released);
        this.renderer = new PushRenderer(s, () -> publicUrl() != null ? publicUrl() : lastBaseUrl);
    }

    String publicUrl() { return s.publicUrl() == null ? null : s.publicUrl().replaceAll("/+$", ""); }

    /** A new session, already listening: pushes that arrive before the login response wait in its buffer. */
    RtmSession open(User user, Set<String> pushes, String baseUrl) {
        lastBaseUrl = baseUrl;
        s.connections().connected(user.id());
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        RtmSession session = new RtmSession(HexFormat.of().formatHex(id), user, s.hub(), renderer, limits.replayFrames(),
                pushes, s.chatReader().departmentsOf(user.id()));
        resumable.add(session.id(), session);
        // Added inside the map's atomic step, as in Hub.listen: the agent's last session ending at the same
        // moment must not drop the set this one joins.
        byAgent.compute(user.id(), (k, sessions) -> {
            Set<RtmSession> set = sessions != null ? sessions : ConcurrentHashMap.newKeySet();
            set.add(session);
            return set;
        });
        session.onRemoteLogout(() -> end(session));
        session.listen();
        return session;
    }

    /**
     * Takes back the agent's session {@code id}, parked or not. The caller either resumes it or, when
     * some pushes after the client's {@code seq} are gone, ends it after opening the new session, so
     * the agent's connection count never dips to zero in between.
     */
    Optional<RtmSession> claim(String id, User user) {
        return resumable.claim(id).filter(x -> x.user().id().equals(user.id()));
    }

    /** The socket went away: its session waits for a resume. */
    void socketLost(RtmConnection c) {
        RtmSession session = c.session();
        if (session != null) session.leave(c.socket, resumable);
    }

    /** Session {@code session} was resumed on a new socket: it is no longer parked (see {@link ResumableSessions}). */
    void resumed(RtmSession session) {
        resumable.resumed(session.id(), session);
    }

    /** Ends a session at once (logout, failed resume). */
    void end(RtmSession session) { resumable.remove(session.id(), session); }

    /** The agent's sessions on this node. */
    List<RtmSession> of(String agentId) { return List.copyOf(byAgent.getOrDefault(agentId, Set.of())); }

    void sweep() { resumable.sweep(); }

    private void released(RtmSession session) {
        session.release();
        byAgent.computeIfPresent(session.user().id(), (k, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
        s.connections().disconnected(session.user().id());
    }
}
