package dev.switchboard.server.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.client.livechat.AgentApi;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The visitor's details (get_customer's name, email and session fields with the widget's custom fields,
 * visit.last_pages, the department, list_archives by customer_id), tags (tag_thread/untag_thread), and
 * closing with a comment (an agents-only message, then deactivate_chat), in a real browser.
 */
class ConsoleAgentDetailsTest extends ConsoleAgentFixture {
    @Test
    void the_visitor_details_show_name_email_custom_field_pages_department_and_a_previous_chat() {
        String sales = admin.createDepartment(Map.of("name", "Sales", "enabled", true, "showOnRegistration", true),
                List.of(Map.of("agentId", dora.userId()))).at("/department/_id").asText();
        console.reload();   // an RTM session hears the departments its agent had at login
        ConsoleVisitor vera = ConsoleVisitor.arrive(server, "Vera Visitor", Map.of("email", "vera@example.com", "department", sales));
        vera.say("Last week's question");
        vera.client.closeRoom(vera.rid, vera.token);
        vera.rid = vera.client.room(vera.token, Map.of()).at("/room/_id").asText();
        vera.client.customField(vera.token, "plan", "Gold", true);
        vera.client.pageVisited(vera.token, vera.rid, Map.of("change", "url", "title", "Pricing",
                "location", Map.of("href", "https://shop.example/pricing")));
        vera.say("Which plan suits me?");

        console.take("Vera Visitor");
        await().atMost(Duration.ofSeconds(15)).until(() -> console.visitorDetails().contains("Last week's question"));

        String details = console.visitorDetails();
        assertThat(details).contains("Vera Visitor", "vera@example.com", "plan", "Gold", "Pricing",
                "https://shop.example/pricing", "Sales", "Last week's question");
        console.reply("Gold suits you: it includes next-day delivery");
        vera.awaitMessage("Gold suits you: it includes next-day delivery");
        vera.say("Great, thanks!");
        console.waitForMessage("Great, thanks!");
        console.screenshot("console-visitor-details");
    }

    @Test
    void tags_are_added_and_removed_and_a_chat_closes_with_a_comment_only_agents_read() {
        ConsoleVisitor vera = chatTakenByDora("Vera Visitor", "My parcel is lost");
        AgentApi adminApi = AgentApi.bearer(URI.create(server.url()), admin.authToken());

        console.addTag("delivery");
        console.addTag("urgent");
        browser.click("[data-untag=\"urgent\"]");
        await().atMost(Duration.ofSeconds(10)).until(() -> console.tags().equals(List.of("delivery")));
        console.close("Refund issued, ticket 42");

        JsonNode thread = adminApi.listArchives(Map.of("query", ""), null, 10).at("/chats/0/thread");
        assertThat(thread.get("active").asBoolean()).isFalse();
        assertThat(thread.get("tags").toString()).isEqualTo("[\"delivery\"]");
        JsonNode comment = null;
        for (JsonNode e : thread.get("events")) if ("Refund issued, ticket 42".equals(e.path("text").asText())) comment = e;
        assertThat(comment).as("the closing comment").isNotNull();
        assertThat(comment.get("visibility").asText()).isEqualTo("agents");
        assertThat(vera.messages()).contains("My parcel is lost").doesNotContain("Refund issued, ticket 42");
    }
}
