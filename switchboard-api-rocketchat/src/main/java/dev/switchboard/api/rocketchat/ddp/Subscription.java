package dev.switchboard.api.rocketchat.ddp;

import dev.switchboard.core.realtime.HubKey;

/**
 * One accepted {@code sub}: which stream and event it follows, who asked, and the hub key that brings
 * it events. Duplicate subscriptions are separate records and each receive every event (§5.3).
 *
 * @param visitor true when a visitor subscribed with its token; false for a logged-in user
 */
record Subscription(String id, String collection, String eventName, boolean visitor, HubKey key) {
    boolean follows(StreamEvent e) {
        return collection.equals(e.collection()) && eventName.equals(e.eventName());
    }
}
