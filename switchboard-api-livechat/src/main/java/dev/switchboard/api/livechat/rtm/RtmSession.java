package dev.switchboard.api.livechat.rtm;

import dev.switchboard.api.livechat.internal.Wire;
import dev.switchboard.core.auth.Permission;
import dev.switchboard.core.auth.RolePermissions;
import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.model.User;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.realtime.HubKey;
import dev.switchboard.core.realtime.HubListener;
import dev.switchboard.core.realtime.ReplayBuffer;
import dev.switchboard.core.realtime.ResumableSessions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A logged-in RTM session: the agent, which pushes it asked for, the chats its connection was told
 * of, and the replay buffer that lets it resume on a new socket without losing or repeating a push.
 * It outlives its socket while parked for resumption. Thread-safe: events arrive on any publishing
 * thread; numbering and queueing a push happen under the session's lock, so pushes go out in order.
 */
final class RtmSession implements HubListener {
    /** The request being run on this thread, so the pushes it causes carry its request_id to its requester (§5.2). */
    record Origin(RtmSession session, String requestId) {}

    static final ThreadLocal<Origin> ORIGIN = new ThreadLocal<>();

    private final String id;
    private final Hub hub;
    private final PushRenderer renderer;
    private final ReplayBuffer<String> replay;
    private final Set<String> pushes;
    private final Set<String> departments;
    private final Set<String> knownThreads = ConcurrentHashMap.newKeySet();
    private final Set<String> customerSubscriptions = ConcurrentHashMap.newKeySet();
    private final List<HubKey> keys = new CopyOnWriteArrayList<>();
    private volatile User user;
    private volatile boolean away;
    private volatile Runnable remoteLogout;
    private RtmSocket socket;

    /** @param pushes the push names this connection wants; null for all (§5.3 {@code pushes}) */
    RtmSession(String id, User user, Hub hub, PushRenderer renderer, int replayFrames, Set<String> pushes,
               List<String> departments) {
        this.id = id;
        this.user = user;
        this.hub = hub;
        this.renderer = renderer;
        this.replay = new ReplayBuffer<>(replayFrames);
        this.pushes = pushes;
        this.departments = Set.copyOf(departments);
    }

    String id() { return id; }

    User user() { return user; }

    /** {@code update_session}: the same agent with a fresh token, possibly with changed roles. */
    void updateUser(User u) { user = u; }

    boolean away() { return away; }

    void setAway(boolean value) { away = value; }

    /**
     * The connection was told of a thread's chat: it hears the thread's events from now on, also when it
     * neither serves it nor belongs to its department (an added agent, a chat of another group).
     */
    void know(String threadId) {
        if (threadId == null || !knownThreads.add(threadId)) return;
        HubKey key = HubKey.thread(threadId);
        keys.add(key);
        hub.listen(this, key);
    }

    Set<String> customerSubscriptions() { return customerSubscriptions; }

    /** Starts receiving events: its own agent, the queue (new and moving chats), its departments. */
    void listen() {
        keys.add(HubKey.agent(user.id()));
        keys.add(HubKey.QUEUE);
        departments.forEach(d -> keys.add(HubKey.department(d)));
        keys.forEach(k -> hub.listen(this, k));
    }

    /** Whether a socket resuming after {@code lastSeq} can get every push it missed. */
    synchronized boolean canResume(long lastSeq) { return replay.after(lastSeq).isPresent(); }

    /**
     * Moves the session onto a socket: sends the login response, then every push after {@code afterSeq}
     * (for a new session, 0: those that arrived while the login was being answered).
     *
     * @return false when some of those pushes are no longer held (the caller starts a new session)
     */
    synchronized boolean attach(RtmSocket s, String loginResponse, long afterSeq) {
        Optional<List<String>> missed = replay.after(afterSeq);
        if (missed.isEmpty()) return false;
        RtmSocket old = socket;
        socket = s;
        if (old != null && old != s) old.close(4001, "session resumed on another connection");
        s.send(loginResponse);
        s.sendReplay(missed.get());
        return true;
    }

    /**
     * Takes lost socket {@code s} off the session, if the session is still on it, and parks it in the same
     * step (see {@link ResumableSessions}): a resume on another thread never finds it parked after it moved.
     */
    synchronized void leave(RtmSocket s, ResumableSessions<RtmSession> parking) {
        if (socket != s) return;
        socket = null;
        parking.park(id, this);
    }

    /** Sends a frame that is not part of the push sequence (responses, {@code agent_disconnected}). */
    synchronized void send(String frame) {
        if (socket != null) socket.send(frame);
    }

    /** The session is over: no more events, no socket. */
    void release() {
        keys.forEach(k -> hub.forget(this, k));
        synchronized (this) {
            if (socket != null) socket.close(1000, "session ended");
            socket = null;
        }
    }

    /** What ends this session when its agent is logged out remotely (Web {@code logout}). */
    void onRemoteLogout(Runnable end) { remoteLogout = end; }

    @Override
    public void onEvent(DomainEvent event) {
        if (event instanceof DomainEvent.AgentLoggedOut out && out.agentId().equals(user.id())) {
            send(RtmFrames.push("agent_disconnected", Wire.object().put("reason", "agent_logged_out_remotely")));
            Runnable end = remoteLogout;
            if (end != null) end.run();
            return;
        }
        for (Push push : renderer.render(event)) {
            if ((pushes == null || pushes.contains(push.name())) && wants(push)) emit(push);
        }
    }

    private boolean wants(Push p) {
        String me = user.id();
        if (me.equals(p.exceptUserId())) return false;
        boolean serving = me.equals(p.agentId());
        return switch (p.target()) {
            case AGENT -> serving;
            case NEW_TO_AGENT -> serving && !knownThreads.contains(p.threadId());
            case IN_CHAT -> serving || knownThreads.contains(p.threadId());
            case AUDIENCE -> true;
            case SEES_CHAT -> serving || knownThreads.contains(p.threadId()) || p.departmentId() == null
                    || departments.contains(p.departmentId()) || RolePermissions.has(user, Permission.VIEW_LIVECHAT_ROOMS);
        };
    }

    private synchronized void emit(Push p) {
        if ("incoming_chat".equals(p.name())) know(p.threadId());
        // An agent added to a chat hears of it from now on, as its serving agent does.
        if ("user_added_to_chat".equals(p.name()) && user.id().equals(p.agentId())) know(p.threadId());
        Origin origin = ORIGIN.get();
        String requestId = origin != null && origin.session() == this ? origin.requestId() : "";
        String frame = replay.append(seq -> RtmFrames.push(requestId, p.name(), p.payload(), seq));
        if (socket != null) socket.send(frame);
    }
}
