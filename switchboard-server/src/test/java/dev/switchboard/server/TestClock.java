package dev.switchboard.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, at millisecond precision like the store. By default it starts at
 * the real time, so that data it stamps sorts sensibly against anything else. Thread-safe.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    public TestClock() { this(Instant.ofEpochMilli(System.currentTimeMillis())); }

    public TestClock(Instant start) { now = new AtomicReference<>(start); }

    public void advance(Duration by) { now.updateAndGet(t -> t.plus(by)); }

    public void set(Instant instant) { now.set(instant); }

    @Override
    public Instant instant() { return now.get(); }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }
}
