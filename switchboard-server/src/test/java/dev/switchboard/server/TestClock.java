package dev.switchboard.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, at millisecond precision like the store. It starts at the real
 * time, so that data it stamps sorts sensibly against anything else. Thread-safe.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now =
            new AtomicReference<>(Instant.ofEpochMilli(System.currentTimeMillis()));

    public void advance(Duration by) { now.updateAndGet(t -> t.plus(by)); }

    @Override
    public Instant instant() { return now.get(); }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }
}
