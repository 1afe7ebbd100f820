package dev.switchboard.server.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.client.rocketchat.RocketChatLivechat;
import dev.switchboard.server.TestServer;
import dev.switchboard.server.e2e.E2e;
import dev.switchboard.server.e2e.browser.BrowserPrerequisites;
import dev.switchboard.server.e2e.browser.HostPage;
import dev.switchboard.server.e2e.browser.WidgetBrowser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Departments reach the widget only through livechat/config (rocketchat-livechat.md §3.6): the pre-chat
 * form offers those shown on registration and the chat is routed in the one chosen; a snippet with
 * {@code data-department} skips the choice and routes there (checklist 29, 44).
 */
class WidgetDepartmentTest {
    @Test
    void the_visitor_picks_a_department_in_the_form_or_the_snippet_fixes_it_and_its_agent_answers() {
        BrowserPrerequisites.requireBrowser();
        try (TestServer server = TestServer.start(); WidgetBrowser browser = WidgetBrowser.start()) {
            RocketChatLivechat admin = server.admin();
            RocketChatLivechat alice = server.onlineAgent(admin, "alice");
            RocketChatLivechat bob = server.onlineAgent(admin, "bob");
            String sales = admin.createDepartment(Map.of("name", "Sales"), List.of(Map.of("agentId", alice.userId())))
                    .at("/department/_id").asText();
            String support = admin.createDepartment(Map.of("name", "Support"), List.of(Map.of("agentId", bob.userId())))
                    .at("/department/_id").asText();
            VisitorWidget widget = new VisitorWidget(browser);

            try (HostPage host = WidgetHostPages.withWidget(server.port(), Map.of())) {
                widget.open(host.url()).openLauncher();
                assertThat(widget.on("department", "return [...e.options].map(o => o.text);"))
                        .isEqualTo(List.of("Choose a department", "Sales", "Support"));
                widget.fillPreChat("Dana", "dana@example.com", "Support");
                widget.send("My router blinks red.");
                widget.waitForAgentName("Agent bob");
                assertThat(departmentOfOnlyRoomOf(admin, "Dana")).isEqualTo(support);
            }

            try (HostPage salesPage = WidgetHostPages.withWidget(server.port(), Map.of("department", sales))) {
                widget.open(salesPage.url()).openLauncher();
                assertThat(widget.find("department")).as("no department choice when the snippet sets one").isNull();
                widget.fillPreChat("Sam", "sam@example.com", null);
                widget.send("Do you have a volume discount?");
                widget.waitForAgentName("Agent alice");
                assertThat(departmentOfOnlyRoomOf(admin, "Sam")).isEqualTo(sales);
            }
        }
    }

    private static String departmentOfOnlyRoomOf(RocketChatLivechat admin, String visitorName) {
        var rooms = E2e.items(admin.rooms(Map.of("count", 0)).get("rooms")).stream()
                .filter(r -> visitorName.equals(r.path("fname").asText())).toList();
        assertThat(rooms).hasSize(1);
        return rooms.get(0).path("departmentId").asText();
    }
}
