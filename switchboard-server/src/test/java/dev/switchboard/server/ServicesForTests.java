package dev.switchboard.server;

import dev.switchboard.api.rocketchat.RocketChatServices;
import dev.switchboard.core.event.EventBus;
import dev.switchboard.core.realtime.Hub;
import dev.switchboard.core.store.Store;
import java.time.Clock;

/** The server's wiring for tests that drive the services directly, with background work run inline. */
public final class ServicesForTests {
    private ServicesForTests() {}

    /** Uploads go to a fresh temporary directory. */
    public static RocketChatServices inline(Store store, Clock clock, EventBus bus, Hub hub) {
        try {
            var files = DiskFileStorage.open(java.nio.file.Files.createTempDirectory("switchboard-uploads"));
            return Services.build(store, clock, bus, hub, "http://127.0.0.1", SwitchboardServer.VERSION, files,
                    Runnable::run).rocketChat();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
