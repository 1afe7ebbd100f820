package dev.switchboard.core.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumableSessionsTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final ManualClock clock = new ManualClock();
    private final List<String> expired = new ArrayList<>();
    private final ResumableSessions<String> sessions = new ResumableSessions<>(Duration.ofSeconds(60), clock, expired::add);

    @Test
    void a_parked_session_can_be_claimed_within_the_window_and_expires_after_it() {
        sessions.add("a", "session-a");
        sessions.add("b", "session-b");
        sessions.park("a", "session-a");
        sessions.park("b", "session-b");

        clock.now = clock.now.plusSeconds(30);
        assertThat(sessions.claim("a")).contains("session-a");
        clock.now = clock.now.plusSeconds(31);
        sessions.sweep();

        assertThat(expired).containsExactly("session-b");
        assertThat(sessions.claim("b")).isEmpty();
        assertThat(sessions.claim("a")).as("claimed sessions are attached again, not expired").contains("session-a");
    }

    @Test
    void an_attached_session_never_expires_and_can_be_claimed_by_a_reconnecting_client() {
        sessions.add("a", "session-a");
        clock.now = clock.now.plusSeconds(3600);
        sessions.sweep();
        assertThat(sessions.claim("a")).contains("session-a");
    }

    @Test
    void removing_ends_the_session_at_once_and_parking_a_replaced_session_does_nothing() {
        sessions.add("a", "session-a");
        sessions.park("a", "someone-else");
        clock.now = clock.now.plusSeconds(120);
        sessions.sweep();
        assertThat(expired).isEmpty();

        sessions.remove("a", "session-a");
        assertThat(expired).containsExactly("session-a");
        assertThat(sessions.size()).isZero();
        assertThat(sessions.claim(null)).isEmpty();
    }

    /**
     * The lost socket's close handler parks the session after the reconnecting client claimed it but
     * before the resume moved it: {@code resumed} undoes that park, so the session in use is not expired
     * under its client when the window passes (a race found while looking for LosslessReconnectTest's stalls).
     */
    @Test
    void a_park_landing_between_claim_and_resume_is_undone_by_resumed() {
        sessions.add("a", "session-a");
        assertThat(sessions.claim("a")).contains("session-a");
        sessions.park("a", "session-a");
        sessions.resumed("a", "session-a");
        sessions.resumed("a", "someone-else");

        clock.now = clock.now.plusSeconds(120);
        sessions.sweep();
        assertThat(expired).isEmpty();
        assertThat(sessions.size()).isEqualTo(1);
    }
}
