package dev.switchboard.core.realtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every live session by id, so a client can resume its session on a new socket. A session whose
 * socket was lost is parked: it keeps its subscriptions and keeps buffering events, and is expired
 * when nobody claims it within the window. A session can also be claimed while still attached,
 * because a client often reconnects before the server has noticed the old socket die.
 * <p>A lost socket's close handler and the client's resume on a new socket run on different threads.
 * So that a resumed session is never left marked parked (and expired under its client), a protocol
 * parks a session in the same step, under the session's own lock, as it takes the lost socket off it,
 * and only if the session was still on that socket; and after a resume it calls {@link #resumed}. A
 * park then either comes before the resume, and is undone by {@code resumed}, or finds the session on
 * the new socket and does nothing.
 * Session ids must be unguessable: claiming one takes over its identity. Thread-safe.
 *
 * @param <S> the protocol's session type
 */
public final class ResumableSessions<S> {
    private record Entry<S>(S session, Instant parkedSince) {}

    private final Map<String, Entry<S>> sessions = new ConcurrentHashMap<>();
    private final Duration window;
    private final Clock clock;
    private final Consumer<S> onExpire;

    /** @param onExpire releases what an expired session holds (hub registrations, buffers) */
    public ResumableSessions(Duration window, Clock clock, Consumer<S> onExpire) {
        this.window = window;
        this.clock = clock;
        this.onExpire = onExpire;
    }

    public void add(String id, S session) { sessions.put(id, new Entry<>(session, null)); }

    /** Marks a session socketless; it expires unless claimed within the window. */
    public void park(String id, S session) {
        sessions.computeIfPresent(id, (k, e) -> e.session() == session ? new Entry<>(session, clock.instant()) : e);
    }

    /** Takes a session back, parked or not; empty when unknown or expired. */
    public Optional<S> claim(String id) {
        if (id == null) return Optional.empty();
        Entry<S> e = sessions.computeIfPresent(id, (k, old) -> new Entry<>(old.session(), null));
        return Optional.ofNullable(e).map(Entry::session);
    }

    /**
     * Unparks a session that was just resumed, in case its old socket's close handler parked it after
     * {@link #claim}.
     */
    public void resumed(String id, S session) {
        sessions.computeIfPresent(id, (k, e) -> e.session() == session ? new Entry<>(session, null) : e);
    }

    /** Ends a session at once (a client that did not ask to be resumable, or a deliberate close). */
    public void remove(String id, S session) {
        Entry<S> e = sessions.get(id);
        if (e != null && e.session() == session && sessions.remove(id, e)) onExpire.accept(session);
    }

    /** Expires every session parked longer than the window; call it periodically. */
    public void sweep() {
        Instant cutoff = clock.instant().minus(window);
        sessions.forEach((id, e) -> {
            if (e.parkedSince() != null && e.parkedSince().isBefore(cutoff) && sessions.remove(id, e)) {
                onExpire.accept(e.session());
            }
        });
    }

    public int size() { return sessions.size(); }
}
