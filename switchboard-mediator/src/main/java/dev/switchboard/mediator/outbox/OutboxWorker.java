package dev.switchboard.mediator.outbox;

import dev.switchboard.core.http.OutboundHttp;
import dev.switchboard.core.livechat.AgentNotes;
import dev.switchboard.core.outbox.OutboxItem;
import dev.switchboard.core.store.Store;
import dev.switchboard.mediator.notes.AgentNoteTexts;
import dev.switchboard.mediator.relay.RapidProRequests;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one outbox delivery worker. Every poll it leases the due head item of each stream (so a
 * room's later item waits for its earlier one) and sends each on its own virtual thread (so a slow
 * receiver holds up only its own streams). Success (2xx) marks an item delivered; a connection error,
 * timeout, 5xx or 429 schedules a retry (RapidPro: exponential backoff; webhooks: a fixed delay, as
 * Rocket.Chat) until the target's attempts run out; any other answer fails it at once, since repeating it cannot help.
 *
 * <p>Cluster: on PostgreSQL the claim takes a transaction-scoped advisory lock, so one node claims at
 * a time, and a lease keeps an item from being claimed twice while it is sent. A node that dies
 * mid-send leaves its lease to expire and the item is sent again: delivery is at least once, and the
 * item id in {@value #EVENT_ID_HEADER} lets receivers drop the repeat.
 *
 * <p>Agents-only notes ({@link OutboxItem#AGENT_NOTE}) go through the same streams but are posted here,
 * through core's {@link AgentNotes}; when a text for the contact fails for good, the room's agents get
 * such a note too (§5.7). Files for the contact go through {@link RapidProMedia}. Thread-safe.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    public static final String EVENT_ID_HEADER = "X-Switchboard-Event-Id";
    private static final int CLAIM_LIMIT = 50;
    /** The RapidPro kinds that carry words for the contact: their loss is worth a note to the agent. */
    private static final Set<String> TO_CONTACT = Set.of("message", "media", "LivechatSessionTaken", "LivechatSession");
    private static final int MAX_CRM_DATA = 64 * 1024;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private final Store store;
    private final Clock clock;
    private final OutboundHttp http;
    private final DeliveryTargets targets;
    private final Duration poll;
    private final OutboxMetrics metrics;
    private final AgentNotes notes;
    private final AgentNoteTexts noteTexts;
    private final RapidProMedia media;
    private ScheduledExecutorService ticker;
    private ExecutorService senders;

    public OutboxWorker(Store store, Clock clock, OutboundHttp http, DeliveryTargets targets, Duration poll,
                        OutboxMetrics metrics, AgentNotes notes, AgentNoteTexts noteTexts, RapidProMedia media) {
        this.store = store;
        this.clock = clock;
        this.http = http;
        this.targets = targets;
        this.poll = poll;
        this.metrics = metrics;
        this.notes = notes;
        this.noteTexts = noteTexts;
        this.media = media;
    }

    public synchronized void start() {
        if (ticker != null) return;
        senders = Executors.newVirtualThreadPerTaskExecutor();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            java.lang.Thread t = new java.lang.Thread(r, "switchboard-outbox");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            List<OutboxItem> due = store.write(tx -> tx.outbox().claimDue(clock.instant(), targets.lease(), CLAIM_LIMIT));
            for (OutboxItem item : due) senders.execute(() -> deliver(item));
        } catch (RuntimeException e) {
            LOG.error("outbox poll failed; retrying on the next poll", e);
        }
    }

    private void deliver(OutboxItem item) {
        DeliveryTargets.Target target = targets.of(item);
        int attempt = item.attempts() + 1;
        String error;
        try {
            if (OutboxItem.AGENT_NOTE.equals(item.target())) {
                notes.post(item.roomId(), item.body());
                delivered(item);
                return;
            }
            Map<String, String> headers = target.headers(Map.of(EVENT_ID_HEADER, item.id()));
            OutboundHttp.Response r = RapidProRequests.MEDIA.equals(item.kind()) && OutboxItem.RAPIDPRO.equals(item.target())
                    ? media.deliver(item.body(), target, headers)
                    : http.send("POST", URI.create(target.url()), headers, item.body(), target.timeout());
            if (r.isSuccess()) {
                if (keepsAnswer(item, r)) store.write(tx -> { tx.crmData().save(item.roomId(), r.body(), clock.instant()); return null; });
                delivered(item);
                return;
            }
            error = "HTTP " + r.status();
            if (r.status() < 500 && r.status() != 429) {
                fail(item, attempt, error + " (not retried)");
                return;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("outbox delivery {} failed unexpectedly", item.id(), e);
            error = e.getClass().getSimpleName();
        }
        if (attempt >= target.maxAttempts()) {
            fail(item, attempt, error + " (after " + attempt + " attempts)");
            return;
        }
        Duration delay = target.exponential() ? backoff(target.firstRetry(), attempt) : target.firstRetry();
        String why = error;
        store.write(tx -> { tx.outbox().markRetry(item.id(), attempt, clock.instant().plus(delay), why); return null; });
        metrics.retried(item.target());
        LOG.info("{} delivery {} ({}) failed: {}; attempt {} in {} ms", item.target(), item.id(), item.kind(), why,
                attempt + 1, delay.toMillis());
    }

    private void delivered(OutboxItem item) {
        store.write(tx -> { tx.outbox().markDelivered(item.id(), clock.instant()); return null; });
        metrics.delivered(item.target());
    }

    /**
     * A CRM receiver's 200 body becomes the room's {@code crmData} (§11.5); RapidPro's answers are not
     * kept, nor an answer too big to be a receiver's record of the room (it would ride in every payload).
     */
    private static boolean keepsAnswer(OutboxItem item, OutboundHttp.Response r) {
        return OutboxItem.WEBHOOK.equals(item.target()) && item.roomId() != null && r.status() == 200
                && r.body() != null && !r.body().isBlank() && r.body().length() <= MAX_CRM_DATA;
    }

    /** {@code first × 2^(attempt-1)}, at most {@link #MAX_DELAY}. */
    static Duration backoff(Duration first, int attempt) {
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = first.multipliedBy(factor);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void fail(OutboxItem item, int attempts, String error) {
        store.write(tx -> { tx.outbox().markFailed(item.id(), attempts, error); return null; });
        metrics.failed(item.target());
        LOG.warn("{} delivery {} ({}) for room {} failed for good: {}", item.target(), item.id(), item.kind(),
                item.roomId(), error);
        if (OutboxItem.RAPIDPRO.equals(item.target()) && item.roomId() != null && TO_CONTACT.contains(item.kind())) {
            try {
                notes.post(item.roomId(), noteTexts.deliveryFailed(item.body()));
            } catch (RuntimeException e) {
                LOG.error("could not tell the agents of room {} that a message was not delivered", item.roomId(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (ticker == null) return;
        ticker.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(2, TimeUnit.SECONDS)) senders.shutdownNow();
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
        }
        ticker = null;
    }
}
