package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The client's active subscriptions keyed by wire id, and the {@code unsub}s awaiting their {@code nosub}.
 * It decides what to send after a reconnect: after a resume the server still holds every subscription it
 * acknowledged, so only the unacknowledged ones are redone; after a new session everything is redone.
 * Not thread-safe: guarded by the owning client's lock.
 */
final class Subscriptions {
    private Map<String, Subscription> byId = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Void>> unsubs = new LinkedHashMap<>();

    void add(Subscription subscription) {
        byId.put(subscription.id(), subscription);
    }

    /** Removes an active subscription, or answers {@code null}. */
    Subscription remove(String id) {
        return byId.remove(id);
    }

    /** Marks the subscriptions a {@code ready} frame names ready and completes their futures. */
    void onReady(JsonNode frame) {
        for (JsonNode id : frame.path("subs")) {
            Subscription subscription = byId.get(id.asText());
            if (subscription != null && subscription.status != Subscription.Status.READY) {
                subscription.status = Subscription.Status.READY;
                Shared.complete(subscription.ready, subscription);
            }
        }
    }

    /**
     * A {@code nosub} either confirms an {@code unsub} or ends a subscription (refused, or stopped by the
     * server): the subscription becomes inactive and its future, if not yet completed, fails.
     */
    void onNosub(JsonNode frame) {
        String id = frame.path("id").asText("");
        CompletableFuture<Void> unsubscribed = unsubs.remove(id);
        if (unsubscribed != null) {
            Shared.complete(unsubscribed, null);
            return;
        }
        Subscription subscription = byId.remove(id);
        if (subscription == null) {
            return;
        }
        subscription.deactivate();
        JsonNode error = frame.get("error");
        Shared.fail(subscription.ready, error != null && !error.isNull() ? DdpException.fromServer(error)
                : DdpException.client(DdpException.NOSUB, "the server ended " + subscription, null));
    }

    boolean allReady() {
        return byId.values().stream().allMatch(s -> s.status == Subscription.Status.READY);
    }

    /** Remembers that {@code unsub id} was (or will be) sent and {@code future} waits for its {@code nosub}. */
    void awaitUnsub(String id, CompletableFuture<Void> future) {
        unsubs.put(id, future);
    }

    /**
     * Frames to send after resuming the same session: every {@code unsub} still unanswered (the server
     * answers {@code nosub} even for ids it no longer knows), and, for every subscription sent but not yet
     * ready (its {@code ready} may have died with the socket), an {@code unsub} of the old id; such a
     * subscription gets a new id and is sent again by {@link #sendUnsent}. Ready subscriptions stay as they are.
     */
    List<String> afterResume(Supplier<String> newId) {
        List<String> frames = new ArrayList<>();
        unsubs.keySet().forEach(id -> frames.add(Frames.unsub(id)));
        Map<String, Subscription> next = new LinkedHashMap<>();
        for (Subscription subscription : byId.values()) {
            if (subscription.status == Subscription.Status.SENT) {
                frames.add(Frames.unsub(subscription.id()));
                unsubs.put(subscription.id(), new CompletableFuture<>());
                subscription.reassign(newId.get());
                subscription.status = Subscription.Status.UNSENT;
            }
            next.put(subscription.id(), subscription);
        }
        byId = next;
        return frames;
    }

    /**
     * On a new session (resync) the old session's subscriptions are gone server-side: pending {@code unsub}s
     * are settled, and every active subscription gets a new id, to be sent again by {@link #sendUnsent}.
     */
    void afterNewSession(Supplier<String> newId) {
        unsubs.values().forEach(future -> Shared.complete(future, null));
        unsubs.clear();
        Map<String, Subscription> next = new LinkedHashMap<>();
        for (Subscription subscription : byId.values()) {
            subscription.reassign(newId.get());
            subscription.status = Subscription.Status.UNSENT;
            next.put(subscription.id(), subscription);
        }
        byId = next;
    }

    /** The {@code sub} frames of the subscriptions not sent in this session, now marked sent. */
    List<String> sendUnsent() {
        List<String> frames = new ArrayList<>();
        for (Subscription subscription : byId.values()) {
            if (subscription.status == Subscription.Status.UNSENT) {
                subscription.status = Subscription.Status.SENT;
                frames.add(subscription.frame());
            }
        }
        return frames;
    }

    /** Removes everything (the client closes); answers the subscriptions that were active. */
    List<Subscription> clear() {
        List<Subscription> active = new ArrayList<>(byId.values());
        byId.clear();
        unsubs.values().forEach(future -> Shared.complete(future, null));
        unsubs.clear();
        return active;
    }
}
