package dev.switchboard.client.ddp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/**
 * A live subscription to one event of one stream, made by {@link DdpClient#subscribe}. It survives
 * reconnects: after a resume it simply continues; after a resync the client subscribes again under a new
 * wire id, so {@link #id()} may change. Events are not routed per subscription (DDP stream frames do not
 * name one): they reach the client's listeners. Thread-safe.
 */
public final class Subscription {
    /** Where the subscription stands on the wire; guarded by the owning client's lock. */
    enum Status { UNSENT, SENT, READY }

    private final SessionKeeper keeper;
    private final String name;
    private final String eventName;
    private final JsonNode extra;
    final CompletableFuture<Subscription> ready = new CompletableFuture<>();
    private volatile String id;
    private volatile boolean active = true;
    Status status = Status.UNSENT;

    Subscription(SessionKeeper keeper, String id, String name, String eventName, JsonNode extra) {
        this.keeper = keeper;
        this.id = id;
        this.name = name;
        this.eventName = eventName;
        this.extra = extra;
    }

    /** The current DDP subscription id (the {@code id} of the {@code sub} frame); changes after a resync. */
    public String id() {
        return id;
    }

    /** The stream, e.g. {@code stream-room-messages}. */
    public String name() {
        return name;
    }

    /** The event within the stream, e.g. a room id. */
    public String eventName() {
        return eventName;
    }

    /** The extra argument sent in {@code args}, or {@code null} when none was. */
    public JsonNode extra() {
        return extra;
    }

    /** False once unsubscribed, refused or stopped by the server, or once the client is closed. */
    public boolean isActive() {
        return active;
    }

    /**
     * Sends {@code unsub} (at once, or after the next resume when the socket is down). The future completes
     * when the server confirms with {@code nosub}, when the server's state is gone anyway (resync, close), or
     * at once when the subscription was never sent or is no longer active. Idempotent.
     */
    public CompletableFuture<Void> unsubscribe() {
        return keeper.unsubscribe(this);
    }

    String frame() {
        return Frames.sub(id, name, eventName, extra);
    }

    void reassign(String newId) {
        id = newId;
    }

    void deactivate() {
        active = false;
    }

    @Override
    public String toString() {
        return "Subscription[" + id + " " + name + " " + eventName + (active ? "" : " inactive") + "]";
    }
}
