package dev.switchboard.server.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.mediator.MediatorConfig;
import dev.switchboard.server.TestClock;
import dev.switchboard.server.e2e.E2e;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idle mediator sessions expire (live-agents-mediator.md §3.4), on the node's timer loop and its clock. */
class SessionExpiryTest {

    @Test
    void a_session_idle_longer_than_the_ttl_is_closed_as_by_delete_and_a_recently_active_one_stays() throws Exception {
        // Checklist 45 (and 39's "as by DELETE": closed by the visitor, nothing sent to RapidPro).
        var clock = new TestClock();
        try (var f = new MediatorFixture(c -> c.withFlavourAndIdleTtl(c.flavour(), Duration.ofMinutes(60)), clock)) {
            String idle = UUID.randomUUID().toString();
            String active = UUID.randomUUID().toString();
            String idleRoom = f.register(idle, "GTM_HIV_GENERAL").get("rid").asText();
            String activeRoom = f.register(active, "GTM_HIV_GENERAL").get("rid").asText();
            clock.advance(Duration.ofMinutes(40));
            assertThat(f.toAgent(active, "still here").get("http").asInt()).isEqualTo(200);
            Thread.sleep(1500); // a timer run at 40 minutes: nobody is idle for an hour yet
            assertThat(E2e.roomById(f.admin, idleRoom).has("closedAt")).isFalse();

            clock.advance(Duration.ofMinutes(30)); // idle: 70 minutes; active: 30
            await().atMost(Duration.ofSeconds(10)).until(() -> E2e.roomById(f.admin, idleRoom).has("closedAt"));
            assertThat(E2e.roomById(f.admin, idleRoom).get("closer").asText()).isEqualTo("visitor");
            assertThat(f.call("DELETE", "/live-agents/session/user/" + idle, null, java.util.Map.of()).get("http").asInt())
                    .isEqualTo(404);
            assertThat(f.toAgent(idle, "hello?").get("msg").asText()).isEqualTo("No active session for this user");

            assertThat(E2e.roomById(f.admin, activeRoom).has("closedAt")).isFalse();
            assertThat(f.toAgent(active, "and now?").get("http").asInt()).isEqualTo(200);
            Thread.sleep(300);
            assertThat(f.rapidPro.requests()).isEmpty();
        }
    }
}
