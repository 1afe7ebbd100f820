package dev.switchboard.api.rocketchat.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.livechat.AgentConnections;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.realtime.ReplayBuffer;
import dev.switchboard.core.realtime.ResumableSessions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Answers {@code connect}: a fresh session, or the resumption of a lost one with exactly the frames it
 * missed, or (when that is impossible) a fresh session marked {@code resync} that keeps the old one's
 * identity, since the client proved it held the old session's unguessable id. Thread-safe.
 */
final class Handshake {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Hub hub;
    private final StreamRenderer renderer;
    private final ResumableSessions<DdpSession> sessions;
    private final int replayFrames;
    private final AgentConnections connections;

    Handshake(Hub hub, StreamRenderer renderer, ResumableSessions<DdpSession> sessions, int replayFrames,
              AgentConnections connections) {
        this.connections = connections;
        this.hub = hub;
        this.renderer = renderer;
        this.sessions = sessions;
        this.replayFrames = replayFrames;
    }

    /** Handles a {@code connect} frame; returns the session now served on the socket, or null when refused. */
    DdpSession connect(DdpSocket socket, JsonNode frame) {
        if (!supportsVersion1(frame)) {
            socket.send(Frames.FAILED);
            socket.close(1002, "unsupported DDP version");
            return null;
        }
        JsonNode sequencedFlag = frame.get("sequenced");
        boolean sequenced = sequencedFlag != null && sequencedFlag.isBoolean() && sequencedFlag.booleanValue();
        JsonNode resume = frame.get("resume");
        if (resume == null || !resume.path("session").isTextual() || !resume.path("seq").canConvertToLong()) {
            return fresh(socket, sequenced, null, null);
        }
        DdpSession previous = sessions.claim(resume.get("session").textValue()).orElse(null);
        if (previous != null && previous.resume(socket, resume.get("seq").longValue())) {
            sessions.resumed(previous.id(), previous);
            return previous;
        }
        DdpSession next = fresh(socket, true, previous, previous == null ? "unknown-session" : "buffer-exceeded");
        // Ended only after the new session took its identity: the user stays connected throughout.
        if (previous != null) sessions.remove(previous.id(), previous);
        return next;
    }

    private DdpSession fresh(DdpSocket socket, boolean sequenced, DdpSession previous, String resync) {
        String id = newSessionId();
        DdpSession session = new DdpSession(id, hub, renderer, sequenced ? new ReplayBuffer<>(replayFrames) : null,
                connections);
        if (previous != null) session.inheritIdentity(previous);
        sessions.add(id, session);
        session.attach(socket);
        socket.send(Frames.connected(id, resync));
        return session;
    }

    private static boolean supportsVersion1(JsonNode frame) {
        if (frame.path("version").isTextual() && "1".equals(frame.get("version").textValue())) return true;
        for (JsonNode v : frame.path("support")) if ("1".equals(v.asText())) return true;
        return false;
    }

    private static String newSessionId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
