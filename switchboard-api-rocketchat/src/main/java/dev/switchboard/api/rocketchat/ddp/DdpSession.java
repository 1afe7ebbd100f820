package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.core.event.DomainEvent;
import dev.switchboard.core.livechat.AgentConnections;
import dev.switchboard.core.model.Event;
import dev.switchboard.core.model.User;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.realtime.HubKey;
import dev.switchboard.core.realtime.HubListener;
import dev.switchboard.core.realtime.ReplayBuffer;
import dev.switchboard.core.realtime.ResumableSessions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A DDP session: who the client is, what it subscribed to, and (when the client asked for sequence
 * numbers) the replay buffer that lets it resume on a new socket without losing or repeating an
 * event. A session outlives its socket while parked for resumption. Thread-safe: events arrive from
 * any publishing thread; numbering and queueing a frame happen under the session's lock, so frames go
 * out in sequence order. The logged-in user's connection is counted ({@link AgentConnections}) from
 * {@code login} until {@code logout} or the end of the session, not per socket: a parked session still
 * holds its user's presence, and a resumed one never let it go. Those calls run outside the session's
 * lock, since they publish events that other sessions' locks wait on.
 */
final class DdpSession implements HubListener {
    private static final int MAX_ROOMS_REMEMBERED = 16;
    private final String id;
    private final Hub hub;
    private final StreamRenderer renderer;
    private final ReplayBuffer<String> replay;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<HubKey, Integer> keyCounts = new HashMap<>();
    /** Nearly always one token; a copy-on-write set holds it in a fraction of a concurrent map's heap. */
    private final Set<String> visitorTokens = new CopyOnWriteArraySet<>();
    private final AgentConnections connections;
    private final AtomicReference<User> user = new AtomicReference<>();
    /** Rooms a legacy send of this session posted to (bounded; copied on write, as it rarely changes). */
    private volatile Set<String> postedTo = Set.of();
    private DdpSocket socket;

    /** @param replay null for sessions that did not ask for sequence numbers */
    DdpSession(String id, Hub hub, StreamRenderer renderer, ReplayBuffer<String> replay, AgentConnections connections) {
        this.id = id;
        this.hub = hub;
        this.renderer = renderer;
        this.replay = replay;
        this.connections = connections;
    }

    String id() { return id; }

    boolean isSequenced() { return replay != null; }

    User user() { return user.get(); }

    void login(User u) { become(u); }

    void logout() { become(null); }

    /**
     * Takes over who the client was, when a resume failed but the client proved it owned the session;
     * the caller ends {@code previous} afterwards, so its user's connection count never dips to zero.
     */
    void inheritIdentity(DdpSession previous) {
        become(previous.user());
        visitorTokens.addAll(previous.visitorTokens);
    }

    /** Switches the logged-in user, counting the new one's connection before dropping the old one's. */
    private void become(User next) {
        User before = user.getAndSet(next);
        String nextId = next == null ? null : next.id();
        String beforeId = before == null ? null : before.id();
        if (java.util.Objects.equals(nextId, beforeId)) return;
        if (nextId != null) connections.connected(nextId);
        if (beforeId != null) connections.disconnected(beforeId);
    }

    /** Whether a legacy send of this session posted to room {@code rid}, which so exists. */
    boolean hasPostedTo(String rid) { return postedTo.contains(rid); }

    /** Remembers that room {@code rid} exists; a visitor has few rooms, so past a handful none are added. */
    synchronized void postedTo(String rid) {
        Set<String> known = postedTo;
        if (known.contains(rid) || known.size() >= MAX_ROOMS_REMEMBERED) return;
        var next = new HashSet<>(known);
        next.add(rid);
        postedTo = Set.copyOf(next);
    }

    int subscriptionCount() { return subscriptions.size(); }

    /** Tokens this connection presented ({@code setUpConnection}, {@code registerGuest}). */
    void rememberVisitor(String token) { visitorTokens.add(token); }

    boolean knowsVisitor(String token) { return visitorTokens.contains(token); }

    synchronized void attach(DdpSocket s) { socket = s; }

    /**
     * Takes lost socket {@code s} off the session, if the session is still on it, and parks it in the same
     * step (see {@link ResumableSessions}): a resume on another thread never finds it parked after it moved.
     *
     * @return false when the session had already moved to another socket
     */
    synchronized boolean leave(DdpSocket s, ResumableSessions<DdpSession> parking) {
        if (socket != s) return false;
        socket = null;
        if (parking != null) parking.park(id, this);
        return true;
    }

    /**
     * Moves the session onto a new socket and sends what the client missed after {@code lastSeq}.
     *
     * @return false when the missed frames are no longer all held: the client must resynchronize
     */
    synchronized boolean resume(DdpSocket s, long lastSeq) {
        if (replay == null) return false;
        Optional<List<String>> missed = replay.after(lastSeq);
        if (missed.isEmpty()) return false;
        // The client may come back before the server noticed its old socket die: that one is retired,
        // after the new one is attached, so the old socket's close handler finds the session moved on
        // and does not park it.
        DdpSocket old = socket;
        socket = s;
        if (old != null && old != s) old.close(4001, "session resumed on another connection");
        s.send(Frames.connected(id, null));
        s.sendReplay(missed.get());
        return true;
    }

    void subscribe(Subscription sub) {
        subscriptions.add(sub);
        synchronized (keyCounts) {
            if (keyCounts.merge(sub.key(), 1, Integer::sum) == 1) hub.listen(this, sub.key());
        }
    }

    /** @return false when no subscription had that id */
    boolean unsubscribe(String subId) {
        for (Subscription sub : subscriptions) {
            if (sub.id().equals(subId) && subscriptions.remove(sub)) {
                synchronized (keyCounts) {
                    if (keyCounts.merge(sub.key(), -1, Integer::sum) == 0) {
                        keyCounts.remove(sub.key());
                        hub.forget(this, sub.key());
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Drops every subscription: the session is over. */
    void release() {
        synchronized (keyCounts) {
            keyCounts.keySet().forEach(key -> hub.forget(this, key));
            keyCounts.clear();
        }
        subscriptions.clear();
        synchronized (this) {
            if (socket != null) socket.close(4001, "session ended");
            socket = null;
        }
        become(null);
    }

    @Override
    public void onEvent(DomainEvent event) {
        for (StreamEvent streamEvent : renderer.render(event)) {
            for (Subscription sub : subscriptions) {
                if (sub.follows(streamEvent) && !ownTyping(sub, streamEvent) && !(sub.visitor() && streamEvent.agentsOnly())) {
                    emit(streamEvent);
                }
            }
        }
    }

    /** Nobody hears their own typing: upstream does not retransmit a notify-room write to its sender. */
    private boolean ownTyping(Subscription sub, StreamEvent e) {
        if (e.typist() == null) return false;
        if (sub.visitor()) return e.typist().kind() == Event.AuthorKind.CONTACT;
        User u = user.get();
        return e.typist().kind() == Event.AuthorKind.AGENT && u != null && u.username().equals(e.typist().username());
    }

    private synchronized void emit(StreamEvent e) {
        String frame = replay == null
                ? e.frame(0)
                : replay.append(e::frame);
        if (socket != null) socket.send(frame);
    }
}
