package dev.switchboard.bench;

import java.time.Duration;

/** Sleeping in a benchmark's control thread, where an interrupt means the run is abandoned. */
final class Sleep {
    private Sleep() {}

    static void of(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }
}
