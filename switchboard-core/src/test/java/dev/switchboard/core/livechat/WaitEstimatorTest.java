package dev.switchboard.core.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The queue's estimated wait (Rocket.Chat {@code queueData.estimatedWaitTimeSeconds}, checklist 74). */
class WaitEstimatorTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now.get(); }
    };
    private final WaitEstimator waits = new WaitEstimator(clock);

    @Test
    void without_recent_service_there_is_no_estimate() {
        assertThat(waits.estimateSeconds("sales", 1)).isNull();
    }

    @Test
    void the_estimate_is_the_spot_times_the_recent_interval_between_served_chats() {
        // Six chats served over ten minutes: one every 100 s.
        for (int i = 0; i < 6; i++) waits.served("sales", T0.plusSeconds(120L * i));
        now.set(T0.plusSeconds(600));

        assertThat(waits.estimateSeconds("sales", 1)).isEqualTo(100);
        assertThat(waits.estimateSeconds("sales", 3)).isEqualTo(300);
        assertThat(waits.estimateSeconds("support", 1)).isNull();
        assertThat(waits.estimateSeconds(null, 1)).isNull();
    }

    @Test
    void service_older_than_the_window_is_forgotten_and_a_burst_counts_over_at_least_a_minute() {
        waits.served(null, T0);
        now.set(T0.plus(WaitEstimator.WINDOW).plusSeconds(1));
        assertThat(waits.estimateSeconds(null, 1)).isNull();

        waits.served(null, now.get());
        waits.served(null, now.get());
        assertThat(waits.estimateSeconds(null, 2)).isEqualTo(60);
    }
}
