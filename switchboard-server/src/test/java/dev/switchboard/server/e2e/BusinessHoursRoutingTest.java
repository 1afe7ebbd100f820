package dev.switchboard.server.e2e;

import static dev.switchboard.server.e2e.E2e.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Business hours open and close a department for routing (routing issue item 8; rocketchat-livechat.md
 * §4.4 {@code error-business-hours-are-closed}): a closed department's inquiries wait even with its
 * agents online, its agents cannot make themselves available, and opening it routes what waited.
 */
class BusinessHoursRoutingTest {
    @Test
    void a_closed_department_holds_its_queue_until_its_hours_open() {
        try (TestServer server = TestServer.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            String sales = admin.createDepartment(Map.of("name", "Sales", "enabled", true, "showOnRegistration", true),
                    List.of(Map.of("agentId", alice.userId()))).at("/department/_id").asText();
            admin.settingsUpdate("Livechat_enable_business_hours", true);
            admin.setDepartmentBusinessHours(sales, BusinessHoursTest.neverOpen());
            admin.settingsUpdate("Livechat_accept_chats_with_no_agents", true);
            RocketChatLivechat visitor = server.client();
            String token = TestServer.newToken();
            visitor.registerVisitor(token, Map.of("name", "Ann", "department", sales));

            String rid = visitor.room(token, Map.of()).at("/room/_id").asText();

            assertThat(E2e.roomById(admin, rid).has("servedBy")).isFalse();
            alice.agentStatus("not-available", null);
            var closed = failure(() -> alice.agentStatus("available", null));
            assertThat(closed.errorType()).isEqualTo("error-business-hours-are-closed");

            admin.setDepartmentBusinessHours(sales, BusinessHoursTest.alwaysOpen());
            alice.agentStatus("available", null);

            await().atMost(Duration.ofSeconds(5)).until(() ->
                    "alice".equals(E2e.roomById(admin, rid).at("/servedBy/username").asText(null)));
        }
    }
}
