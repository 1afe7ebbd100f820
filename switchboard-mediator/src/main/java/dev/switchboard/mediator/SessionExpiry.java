package dev.switchboard.mediator;

import dev.switchboard.core.model.MediatorSession;
import dev.switchboard.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires sessions idle longer than {@code mediator.sessions.idle-ttl-minutes} (live-agents-mediator.md
 * §3.4, checklist 45): each is closed as {@code DELETE session} closes it ("Closed by visitor", no
 * notice to the contact, no end-of-chat action) and its record removed, so an abandoned contact leaves
 * no room open. Run by the node's timer loop; a run handles a bounded batch and the next run the rest.
 * Thread-safe.
 */
public final class SessionExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(SessionExpiry.class);
    private static final int BATCH = 100;
    private final Store store;
    private final Clock clock;
    private final Duration idleTtl;
    private final VisitorSide visitorSide;
    private final boolean enabled;

    public SessionExpiry(MediatorConfig config, Store store, Clock clock, VisitorSide visitorSide) {
        this.store = store;
        this.clock = clock;
        this.idleTtl = config.sessionIdleTtl();
        this.visitorSide = visitorSide;
        this.enabled = config.enabled();
    }

    /** @return how many sessions this run expired */
    public int runDue() {
        if (!enabled) return 0;
        Instant cutoff = clock.instant().minus(idleTtl);
        List<MediatorSession> idle = store.read(tx -> tx.mediatorSessions().idleSince(cutoff, BATCH));
        int expired = 0;
        for (MediatorSession s : idle) {
            // The contact may have written since the batch was read: only a session still idle goes.
            boolean stillIdle = store.read(tx -> tx.mediatorSessions().find(s.uuid()))
                    .filter(now -> now.updatedAt().isBefore(cutoff)).isPresent();
            if (!stillIdle) continue;
            Reply r = visitorSide.close(s.uuid());
            if (r.code() == 200) expired++;
            else LOG.warn("expiring the idle mediator session of room {} failed: {}", s.rid(), r.msg());
        }
        if (expired > 0) LOG.info("expired {} mediator session(s) idle for more than {} minutes", expired, idleTtl.toMinutes());
        return expired;
    }
}
