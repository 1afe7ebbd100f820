package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Turns {@code changed} frames into {@link StreamEvent}s for a client's listeners: drops frames whose
 * {@code seq} was delivered already (a resume may replay them) and delivers the rest in order on one
 * thread per client, which is never a socket thread, so a slow listener cannot stall the protocol.
 * {@link #onChanged} and {@link #resetSequence} have one caller at a time (the client's lock); the
 * listener methods are thread-safe.
 */
final class EventDelivery {
    private static final System.Logger LOG = System.getLogger(EventDelivery.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("ddp-events").factory());
    private final List<Consumer<StreamEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> resyncListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DdpException>> lossListeners = new CopyOnWriteArrayList<>();
    private volatile long lastSeq;

    void addListener(Consumer<StreamEvent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<StreamEvent> listener) {
        listeners.remove(listener);
    }

    void addResyncListener(Consumer<String> listener) {
        resyncListeners.add(listener);
    }

    void addLossListener(Consumer<DdpException> listener) {
        lossListeners.add(listener);
    }

    long lastSeq() {
        return lastSeq;
    }

    /** A new session numbers its events from 1 again. */
    void resetSequence() {
        lastSeq = 0;
    }

    void onChanged(JsonNode frame) {
        JsonNode collection = frame.get("collection");
        if (collection == null || !collection.isTextual()) {
            LOG.log(System.Logger.Level.WARNING, "ignoring a changed frame without collection: {0}", frame);
            return;
        }
        JsonNode seqNode = frame.get("seq");
        long seq = 0;
        if (seqNode != null && seqNode.isIntegralNumber()) {
            seq = seqNode.asLong();
            if (seq <= lastSeq) {
                return; // replayed or repeated: delivered already
            }
            lastSeq = seq;
        }
        JsonNode fields = frame.path("fields");
        JsonNode eventName = fields.get("eventName");
        List<JsonNode> args = new ArrayList<>();
        fields.path("args").forEach(args::add);
        StreamEvent event = new StreamEvent(collection.asText(),
                eventName != null && eventName.isTextual() ? eventName.asText() : null, args, seq);
        deliver(() -> listeners.forEach(listener -> notify(listener, event)));
    }

    /** Tells the resync listeners, after every event queued so far. */
    void resync(String reason) {
        deliver(() -> resyncListeners.forEach(listener -> notify(listener, reason)));
    }

    /** Tells the loss listeners why a socket or a reconnection attempt was lost, after every event queued so far. */
    void lost(DdpException why) {
        if (!lossListeners.isEmpty()) deliver(() -> lossListeners.forEach(listener -> notify(listener, why)));
    }

    /** Delivers what is queued, then lets the thread end. */
    void shutdown() {
        thread.shutdown();
    }

    private void deliver(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closed) {
            // the client is closed; nobody listens any more
        }
    }

    private static <T> void notify(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException | AssertionError e) {
            // AssertionError too: a test's failed assertion in a listener must not replace the event thread
            LOG.log(System.Logger.Level.WARNING, "a DDP listener threw; later events are still delivered", e);
        }
    }
}
